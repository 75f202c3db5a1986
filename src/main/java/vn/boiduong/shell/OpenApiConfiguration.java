package vn.boiduong.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API description served at /v3/api-docs and /swagger-ui.html (from the app, no CDN). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI boiDuongOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Bồi dưỡng API").version("0.1")
                        .description("Quản lý bồi dưỡng và chất lượng cán bộ, công chức cấp xã. Mọi lời gọi chỉ thấy và "
                                + "thay đổi dữ liệu trong phạm vi đơn vị của tài khoản; lỗi trả về dạng problem+json, "
                                + "thông điệp tiếng Việt (Accept-Language: en cho tiếng Anh). Xác thực HTTP Basic; tài khoản "
                                + "đã bật xác thực hai lớp gửi thêm mã TOTP hiện tại trong tiêu đề X-OTP (mỗi mã dùng một lần), "
                                + "nếu thiếu hoặc sai: 401.")
                        .license(new License().name("Dữ liệu đơn vị hành chính: vietnamese-address-database (MIT)")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("otp", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-OTP")
                                .description("Mã TOTP hiện tại (6 chữ số) cho tài khoản đã bật xác thực hai lớp")))
                .addSecurityItem(new SecurityRequirement().addList("basic").addList("otp"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
