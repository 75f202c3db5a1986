/** Shared kernel: Vietnamese text, dates, database bootstrap, web error handling. Open to every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.boiduong.shared;
