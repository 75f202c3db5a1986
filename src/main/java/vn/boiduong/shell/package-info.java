/** The web shell: layout, navigation by role, home page per role, language switch, error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.boiduong.shell;
