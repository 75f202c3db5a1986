package vn.boiduong.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Người dùng và nhật ký", description = "Tài khoản, vai trò, phạm vi dữ liệu, nhật ký thay đổi")
class SecurityApi {

    record Created(long id) {
    }

    record NewPassword(String password) {
    }

    private final AccessPolicy access;
    private final UserAdministration admin;
    private final AuditTrail audit;

    SecurityApi(AccessPolicy access, UserAdministration admin, AuditTrail audit) {
        this.access = access;
        this.admin = admin;
        this.audit = audit;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Người dùng hiện tại, vai trò và phạm vi")
    CurrentUser me() {
        return access.currentUser();
    }

    @GetMapping("/api/users")
    @Operation(summary = "Tài khoản thuộc một đơn vị và các đơn vị trực thuộc")
    List<UserAccount> users(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q) {
        return admin.usersUnder(unitId == null ? access.currentUser().orgUnitId() : unitId, q);
    }

    @GetMapping("/api/users/{id}")
    UserAccount user(@PathVariable long id) {
        return admin.get(id);
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo tài khoản (vai trò thấp hơn người tạo, trong phạm vi); mật khẩu tối thiểu 12 ký tự")
    Created create(@RequestBody UserAdministration.NewUser user) {
        return new Created(admin.create(user));
    }

    @PutMapping("/api/users/{id}")
    UserAccount update(@PathVariable long id, @RequestBody UserAdministration.UserChange change) {
        admin.update(id, change);
        return admin.get(id);
    }

    @PostMapping("/api/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @RequestBody NewPassword body) {
        admin.resetPassword(id, body.password());
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Nhật ký thay đổi trong phạm vi (mới nhất trước)")
    AuditTrail.Page audit(@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
                          @RequestParam(required = false) String user, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return audit.search(entity, entityId, user, page, size);
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Kiểm tra toàn vẹn chuỗi băm của nhật ký")
    AuditTrail.ChainCheck verify() {
        return audit.verifyChain();
    }
}
