package vn.boiduong.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A personnel file as a person typed it — in a form or a spreadsheet row — before any check: every value is
 * text. {@link PersonRules} turns it into a {@link NewPerson} or names every problem by field.
 */
public record PersonInput(String personnelCode, String fullName, String birthDate, String gender, String ethnicity,
                          String citizenId, String partyMemberSince, String staffKind, String leader, String title,
                          String jobPositionCode, String rank, String educationLevel, String educationField,
                          String politicalTheory, String stateManagement, String itLevel, String languageLevel,
                          String partyCommittee, String sciTech, String affectedByReorg, String joinedOn,
                          String unitCode) {

    /** The fields in spreadsheet column order, with the message key of their header. */
    public static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : new String[] {"personnelCode", "fullName", "birthDate", "gender", "ethnicity", "citizenId",
                "partyMemberSince", "staffKind", "leader", "title", "jobPositionCode", "rank", "educationLevel",
                "educationField", "politicalTheory", "stateManagement", "itLevel", "languageLevel", "partyCommittee",
                "sciTech", "affectedByReorg", "joinedOn", "unitCode"}) {
            m.put(f, "field." + f);
        }
        return m;
    }

    public static PersonInput of(String[] v) {
        return new PersonInput(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]);
    }

    public String[] values() {
        return new String[] {personnelCode, fullName, birthDate, gender, ethnicity, citizenId, partyMemberSince,
                staffKind, leader, title, jobPositionCode, rank, educationLevel, educationField, politicalTheory,
                stateManagement, itLevel, languageLevel, partyCommittee, sciTech, affectedByReorg, joinedOn, unitCode};
    }

    public boolean blank() {
        for (String v : values()) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
