package vn.boiduong.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.boiduong.people.NewPerson;
import vn.boiduong.people.PersonBulkLoader;
import vn.boiduong.people.PersonSpreadsheet;

/**
 * Command line for the import benchmark: {@code --generate-roster=<file.xlsx> [--rows=100000] [--scope=31]} writes a
 * roster of synthetic people of that scope's agencies (new codes BENCH-…, unique citizen IDs) and, beside it,
 * the same rows as a CSV for a plain {@code COPY} into {@code person} (file.csv, columns in file.columns).
 */
@Component
class RosterFileCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RosterFileCommand.class);

    private final SyntheticData synthetic;
    private final PersonSpreadsheet spreadsheet;

    RosterFileCommand(SyntheticData synthetic, PersonSpreadsheet spreadsheet) {
        this.synthetic = synthetic;
        this.spreadsheet = spreadsheet;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption("generate-roster")) {
            return;
        }
        Path xlsx = Path.of(args.getOptionValues("generate-roster").get(0));
        int rows = args.containsOption("rows") ? Integer.parseInt(args.getOptionValues("rows").get(0)) : 100_000;
        String scope = args.containsOption("scope") ? args.getOptionValues("scope").get(0) : "31";
        List<NewPerson> people = new ArrayList<>(rows);
        List<String> unitCodes = new ArrayList<>(rows);
        long seed = 77;
        while (people.size() < rows) {
            for (SyntheticData.Generated g : synthetic.preview(scope, seed++)) {
                if (people.size() == rows) {
                    break;
                }
                int n = people.size() + 1;
                NewPerson p = g.person();
                String citizen = String.format("099%d%02d%06d", p.gender().equals("F") ? 1 : 0, p.birthDate().getYear() % 100, n);
                people.add(new NewPerson(String.format("BENCH-%06d", n), p.name(), p.birthDate(), p.gender(), p.ethnicityCode(),
                        citizen, p.partyMemberSince(), p.staffKind(), p.leader(), p.title(), p.jobPositionCode(), p.rankCode(),
                        p.educationLevel(), p.educationField(), p.politicalTheory(), p.stateManagement(), p.itLevel(),
                        p.languageLevel(), p.sciTechBackground(), p.partyCommitteeMember(), p.affectedByReorg(), p.joinedOn(),
                        p.orgUnitId(), List.of()));
                unitCodes.add(g.unitCode());
            }
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            spreadsheet.write(out, sink -> {
                for (int i = 0; i < people.size(); i++) {
                    sink.accept(spreadsheet.toInput(people.get(i), unitCodes.get(i)));
                }
            });
        }
        StringBuilder csv = new StringBuilder(rows * 400);
        PersonBulkLoader.writeCsv(900_000_000L, people, csv);
        String base = xlsx.toString().replaceAll("\\.xlsx$", "");
        Files.writeString(Path.of(base + ".csv"), csv);
        Files.writeString(Path.of(base + ".columns"), PersonBulkLoader.columns());
        log.info("Roster of {} rows written to {} ({} bytes) and {}.csv", rows, xlsx, Files.size(xlsx), base);
    }
}
