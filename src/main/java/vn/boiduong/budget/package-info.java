/**
 * Training budget (kinh phí bồi dưỡng; seeds 000 V, 001 VI.6, 004 IV): yearly estimates from approved plans and
 * planned classes, actual spending from classes held, by funding source, rolled up commune → province → nation
 * for the finance department. Public API: {@link vn.boiduong.budget.Budget}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package vn.boiduong.budget;
