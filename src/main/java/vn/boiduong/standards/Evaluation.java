package vn.boiduong.standards;

import java.util.List;

/**
 * One requirement checked against one person: met or not, how (by level or by a certificate), the training that
 * closes it, its category and priority (1 = specialised knowledge, 2 = leaders' title standard, 3 = the rest), and
 * an explanation as a message code with arguments, in words a person can check against the standard.
 */
public record Evaluation(Requirement requirement, boolean met, String metBy, Category category, int priority,
                         String closingProgram, String reason, List<String> args) {

    public enum Category { SPECIALISED, TITLE_STANDARD, OTHER }
}
