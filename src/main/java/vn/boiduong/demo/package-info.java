/**
 * Demo and synthetic data: a deterministic generator of realistic commune cadres for any scope (a commune,
 * a province, the nation), the demo province loaded on first start, and the command-line generator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.boiduong.demo;
