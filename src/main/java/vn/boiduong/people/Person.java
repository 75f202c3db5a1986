package vn.boiduong.people;

import java.time.LocalDate;

/** A personnel file (hồ sơ cán bộ, công chức). Codes of levels are the enums' names in {@link Levels}. */
public record Person(long id, String personnelCode, String fullName, LocalDate birthDate, String gender,
                     String ethnicityCode, String ethnicitySystem, String citizenId, LocalDate partyMemberSince,
                     String staffKind, boolean leader, String title, String jobPositionCode, String rankCode,
                     String educationLevel, String educationField, String politicalTheory, String stateManagement,
                     String itLevel, String languageLevel, boolean sciTechBackground, boolean partyCommitteeMember,
                     boolean affectedByReorg, LocalDate joinedOn, long orgUnitId, String orgUnitName,
                     String orgUnitPath, String status, LocalDate leftOn, String leaveReason, int version) {

    /** The citizen ID with all but the last 3 digits hidden: "*********123". */
    public String maskedCitizenId() {
        if (citizenId == null || citizenId.length() < 4) {
            return citizenId == null ? "" : "***";
        }
        return "*".repeat(citizenId.length() - 3) + citizenId.substring(citizenId.length() - 3);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    /** The same file with the citizen ID masked, for readers who may not see it. */
    public Person masked() {
        return new Person(id, personnelCode, fullName, birthDate, gender, ethnicityCode, ethnicitySystem,
                maskedCitizenId(), partyMemberSince, staffKind, leader, title, jobPositionCode, rankCode, educationLevel,
                educationField, politicalTheory, stateManagement, itLevel, languageLevel, sciTechBackground,
                partyCommitteeMember, affectedByReorg, joinedOn, orgUnitId, orgUnitName, orgUnitPath, status, leftOn,
                leaveReason, version);
    }
}
