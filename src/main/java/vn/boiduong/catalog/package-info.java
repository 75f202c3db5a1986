/**
 * The training programme catalog (danh mục chương trình bồi dưỡng): the programmes cadres can be sent to, with
 * their category, duration, target group, organiser and certificate; national rows from the seeds, provinces add
 * their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package vn.boiduong.catalog;
