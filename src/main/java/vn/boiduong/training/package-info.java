/**
 * The training lifecycle (bồi dưỡng): providers, annual plans from needs to the province plan, classes, sending
 * staff (cử đi học) with the office-continuity check and the decision document, attendance, results reported by
 * providers and trainees, and reminders. A completed result writes a certificate into the personnel file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package vn.boiduong.training;
