package bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest Spring Boot web application: one controller that answers {@code /}.
 */
@SpringBootApplication
@RestController
public class ReferenceApplication {

	@GetMapping("/")
	String home() {
		return "Hello";
	}

	public static void main(String[] args) {
		SpringApplication.run(ReferenceApplication.class, args);
	}

}
