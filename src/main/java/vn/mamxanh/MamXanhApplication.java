package vn.mamxanh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MamXanhApplication {

    public static void main(String[] args) {
        SpringApplication.run(MamXanhApplication.class, args);
    }
}
