package vn.mamxanh.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every error that escapes a controller ends here: a Vietnamese page for browsers, a problem
 * detail for everything else, and never a stack trace.
 */
@Controller
public class ErrorPages implements ErrorController {

    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"yeu-cau-khong-hop-le", "Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ."},
            401, new String[] {"chua-dang-nhap", "Chưa đăng nhập", "Cần đăng nhập để tiếp tục."},
            403, new String[] {"khong-co-quyen", "Không có quyền", "Bạn không có quyền xem hoặc thực hiện nội dung này."},
            404, new String[] {"khong-tim-thay", "Không tìm thấy", "Không tìm thấy trang hoặc tài nguyên được yêu cầu."},
            405, new String[] {"phuong-thuc-khong-ho-tro", "Thao tác không được hỗ trợ", "Địa chỉ này không nhận thao tác đã gửi."},
            409, new String[] {"xung-dot-trang-thai", "Không thể thực hiện lúc này", "Hồ sơ đang ở trạng thái không cho phép thao tác này."},
            503, new String[] {"dich-vu-tam-ngung", "Hệ thống tạm thời gián đoạn", "Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau ít phút."});
    private static final String[] SERVER_ERROR =
            {"loi-he-thong", "Lỗi hệ thống", "Hệ thống gặp sự cố. Vui lòng thử lại sau hoặc liên hệ quản trị viên."};

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    public String page(HttpServletRequest request, Model model) {
        HttpStatus status = statusOf(request);
        String[] text = textOf(status);
        model.addAttribute("status", status.value());
        model.addAttribute("title", text[1]);
        model.addAttribute("detail", text[2]);
        return "error";
    }

    @RequestMapping("/error")
    @ResponseBody
    public ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String[] text = textOf(status);
        ProblemDetail problem = Problems.of(status, text[0], text[1], text[2]);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code == null ? null : HttpStatus.resolve(Integer.parseInt(code.toString()));
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String[] textOf(HttpStatus status) {
        return TEXTS.getOrDefault(status.value(), SERVER_ERROR);
    }
}
