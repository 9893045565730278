package vn.mamxanh.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages every user shares: the way in and the way back. */
@Controller
public class HomeController {

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    /** The case list; people who read no cases (administrators) are sent on to their dashboard. */
    @GetMapping("/")
    public String home() {
        return "redirect:/cases";
    }
}
