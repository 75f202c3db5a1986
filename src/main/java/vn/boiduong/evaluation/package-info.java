/**
 * Evaluation (đánh giá): the effect of training at least 3 months after it (Kirkpatrick level 3), trainees' feedback
 * on classes (level 1; the provider's test is level 2), and the quarterly and yearly multi-dimensional rating of
 * cadres (seed 003 III.3) with the 2-consecutive-quarter alert.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package vn.boiduong.evaluation;
