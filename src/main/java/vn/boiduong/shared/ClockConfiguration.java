package vn.boiduong.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates that people write ("hôm nay", deadlines) are Vietnamese dates: one clock, in Asia/Ho_Chi_Minh. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
