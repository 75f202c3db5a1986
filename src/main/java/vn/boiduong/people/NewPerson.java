package vn.boiduong.people;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.shared.PersonName;

/** A personnel file to create in bulk (demo data, synthetic data, imports), with its work history. */
public record NewPerson(String personnelCode, PersonName name, LocalDate birthDate, String gender, String ethnicityCode,
                        String citizenId, LocalDate partyMemberSince, String staffKind, boolean leader, String title,
                        String jobPositionCode, String rankCode, String educationLevel, String educationField,
                        String politicalTheory, String stateManagement, String itLevel, String languageLevel,
                        boolean sciTechBackground, boolean partyCommitteeMember, boolean affectedByReorg,
                        LocalDate joinedOn, long orgUnitId, List<PastAssignment> history) {

    /** A position held before the current one. */
    public record PastAssignment(long orgUnitId, String title, LocalDate from, LocalDate to, String note) {
    }
}
