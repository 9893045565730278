package vn.mamxanh.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document of the app's own API ({@code /api/**}), in Vietnamese, at {@code /v3/api-docs}
 * with Swagger UI at {@code /swagger-ui.html}. Both are pages behind the login like every other page;
 * the engine's REST API is documented by Camunda and left out.
 */
@Configuration
class ApiDocumentation {

    private static final String BASIC = "dangNhapCoBan";

    @Bean
    OpenAPI mamXanhApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mầm Xanh: giao diện lập trình (API)")
                        .version("1")
                        .description("""
                                API của hệ thống quản lý hồ sơ phát triển đảng viên Mầm Xanh. Mọi lời gọi cần đăng nhập \
                                bằng HTTP Basic với tài khoản của hệ thống; mỗi người chỉ thấy và làm được những gì vai trò \
                                của mình cho phép (chi bộ chỉ thấy hồ sơ của chi bộ mình, Ủy ban kiểm tra chỉ đọc, quản trị \
                                viên không đọc nội dung hồ sơ). Lỗi trả về dạng problem detail (RFC 9457) với thông báo \
                                tiếng Việt, mã quy định (rule) và tên trường (field)."""))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Tên đăng nhập và mật khẩu của người dùng Mầm Xanh.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
