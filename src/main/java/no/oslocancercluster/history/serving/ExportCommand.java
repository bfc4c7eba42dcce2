package no.oslocancercluster.history.serving;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
		try (ConfigurableApplicationContext context = LocalStart.run(application, args)) {
			int files = context.getBean(StaticExport.class).write(folder, LocalStart.address(context));
			System.out.println("Exported " + files + " files to " + folder);
		}
		return 0;
	}

}
