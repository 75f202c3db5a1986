/** Electronic personnel files (hồ sơ điện tử cán bộ, công chức) and work history. */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package vn.boiduong.people;
