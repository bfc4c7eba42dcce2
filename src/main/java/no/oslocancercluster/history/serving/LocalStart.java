package no.oslocancercluster.history.serving;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The site started for a command, as it serves: on a free port of this machine, never as
 * the editors' preview, and without its banner. A command's options
 * ({@code --site.base-url=...}) are the site's; its other words are the command's own.
 */
final class LocalStart {

	private LocalStart() {
	}

	static ConfigurableApplicationContext run(Class<?> application, String... args) {
		List<String> options = new ArrayList<>(Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toList());
		options.add("--server.port=0");
		options.add("--site.preview=false");
		options.add("--spring.main.banner-mode=off");
		ConfigurableApplicationContext context = SpringApplication.run(application, options.toArray(String[]::new));
		// With every page kept and saved, as a start of the image after it takes them.
		context.getBeanProvider(PageCache.class).ifAvailable((cache) -> cache.settled().join());
		return context;
	}

	/**
	 * The started site's address on this machine, without the path it lives under.
	 */
	static URI address(ConfigurableApplicationContext context) {
		return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
