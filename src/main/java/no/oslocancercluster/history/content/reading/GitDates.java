package no.oslocancercluster.history.content.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The day each file of a folder was last committed, read from git in one run; empty when
 * the folder is not in a git repository (a container image, a downloaded archive) or git
 * is not installed.
 */
public final class GitDates {

	private GitDates() {
	}

	public static Map<String, LocalDate> of(Path folder) {
		try {
			Process git = new ProcessBuilder("git", "-C", folder.toString(), "log", "--pretty=format:%x00%cs",
					"--name-only", "--relative", "--", ".")
				.redirectErrorStream(false)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String log = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
				return Map.of();
			}
			return parse(log);
		}
		catch (IOException ex) {
			return Map.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Map.of();
		}
	}

	// Newest commits come first, so the first date seen for a file is its last change.
	static Map<String, LocalDate> parse(String log) {
		Map<String, LocalDate> dates = new HashMap<>();
		LocalDate date = null;
		for (String line : log.split("\n")) {
			if (line.startsWith("\0")) {
				date = LocalDate.parse(line.substring(1).strip());
			}
			else if (!line.isBlank() && date != null) {
				dates.putIfAbsent(line.strip(), date);
			}
		}
		return dates;
	}

}
