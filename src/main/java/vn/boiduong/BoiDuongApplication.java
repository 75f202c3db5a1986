package vn.boiduong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Bồi dưỡng: training and quality of commune-level cadres and civil servants. */
@SpringBootApplication
@Modulithic(sharedModules = "shared", systemName = "Bồi dưỡng")
public class BoiDuongApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BoiDuongApplication.class);
        boolean generate = java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--generate"));  // --generate and --generate-roster
        if (generate) {
            // a data tool run: no web server, exit when done
            app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
