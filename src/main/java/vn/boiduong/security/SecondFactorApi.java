package vn.boiduong.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Xác thực hai lớp", description = "TOTP (RFC 6238, 30 giây, 6 chữ số, SHA-1) và 10 mã khôi phục. Tài khoản đã bật "
        + "phải gửi mã hiện tại trong tiêu đề X-OTP với mỗi lời gọi HTTP Basic (mỗi mã dùng một lần), nếu không: 401.")
class SecondFactorApi {

    record Code(String code) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    private final SecondFactor secondFactor;

    SecondFactorApi(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/api/account/mfa")
    @Operation(summary = "Trạng thái xác thực hai lớp của tài khoản hiện tại (đã bật, bắt buộc, số mã khôi phục còn lại)")
    SecondFactor.Status status() {
        return secondFactor.status();
    }

    @PostMapping("/api/account/mfa/enrolment")
    @Operation(summary = "Bắt đầu thiết lập: khóa bí mật (Base32) và địa chỉ otpauth:// cho ứng dụng xác thực")
    SecondFactor.Enrolment start() {
        return secondFactor.start();
    }

    @PostMapping("/api/account/mfa/enrolment/confirm")
    @Operation(summary = "Xác nhận thiết lập bằng mã hiện tại; trả về 10 mã khôi phục (chỉ hiện một lần)")
    RecoveryCodes confirm(@RequestBody Code body) {
        return new RecoveryCodes(secondFactor.confirm(body == null ? null : body.code()));
    }

    @PostMapping("/api/account/mfa/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tắt xác thực hai lớp của chính mình bằng mã hiện tại (không cho vai trò bắt buộc)")
    void disable(@RequestBody Code body) {
        secondFactor.disable(body == null ? null : body.code());
    }

    @PostMapping("/api/users/{id}/mfa/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đặt lại xác thực hai lớp của một tài khoản (mất thiết bị): người quản trị có vai trò cao hơn, "
            + "trong phạm vi; tài khoản phải thiết lập lại")
    void reset(@PathVariable long id) {
        secondFactor.reset(id);
    }
}
