package no.oslocancercluster.history.serving;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export <folder>}: starts the site on a free local port, writes every page and
 * file it serves into the folder, and stops.
 */
public final class ExportCommand {

	private ExportCommand() {
	}

	public static int run(Class<?> application, String... args) throws Exception {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		int export = words.indexOf("export");
		if (export < 0 || export + 1 >= words.size()) {
			System.err.println("Usage: java -jar history.jar export <folder>");
			return 2;
		}
		Path folder = Path.of(words.get(export + 1));
		List<String> options = new ArrayList<>(Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toList());
		options.add("--server.port=0");
		options.add("--site.preview=false");
		options.add("--spring.main.banner-mode=off");
		try (ConfigurableApplicationContext context = SpringApplication.run(application,
				options.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			int files = context.getBean(StaticExport.class).write(folder, URI.create("http://127.0.0.1:" + port));
			System.out.println("Exported " + files + " files to " + folder);
		}
		return 0;
	}

}
