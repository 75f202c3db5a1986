package vn.boiduong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target whose values passed {@link TargetRules}: ready to store. */
record TargetForm(String code, String name, String shortName, String sourceRef, String populationKind, TargetSpec.Population population,
                  TargetSpec.Condition condition, String measure, BigDecimal targetValue, boolean perYear, LocalDate baselineOn,
                  LocalDate deadline, String level, boolean active) {
}
