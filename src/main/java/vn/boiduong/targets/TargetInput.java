package vn.boiduong.targets;

/**
 * A target as typed (form or API): numbers and dates as text (dd/MM/yyyy), population and condition structured.
 * {@code version} is the version read, for optimistic locking on update.
 */
public record TargetInput(String code, String name, String shortName, String sourceRef, String populationKind, TargetSpec.Population population,
                          TargetSpec.Condition condition, String measure, String targetValue, Boolean perYear, String baselineOn,
                          String deadline, String level, Boolean active, Integer version) {
}
