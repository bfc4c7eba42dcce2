package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a snapshot of checked content, or of rendered pages, is known by: this build's
 * information, the bytes of every class of the site and the names of the libraries' jars,
 * so that a snapshot is only ever taken by the code that made it.
 */
public final class CodeKey {

	// What decides what a file becomes: the site's own classes, every one of them (a list
	// kept by hand is one a new class can be missing from), and the libraries it runs on.
	private static final String CLASSES = "classpath*:no/oslocancercluster/history/**/*.class";

	private static final String LIBRARIES = "classpath*:META-INF/MANIFEST.MF";

	private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver(
			CodeKey.class.getClassLoader());

	private static final Pattern JAR = Pattern.compile("([^/!]+\\.jar)!/META-INF/MANIFEST\\.MF$");

	private CodeKey() {
	}

	/**
	 * The key of the code this is part of, or {@code null} when it is unknown; found
	 * once, as the code does not change while it runs.
	 */
	public static String build() {
		return Build.ID;
	}

	private static String identify() {
		try (InputStream in = CodeKey.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return null;
			}
			Properties info = new Properties();
			info.load(in);
			String time = info.getProperty("build.time");
			return (time != null) ? info.getProperty("build.artifact") + " " + info.getProperty("build.version") + " "
					+ time + " " + code() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	// A checksum of the bytes of the site's classes, and one of the names of the
	// libraries' jars (which hold their versions).
	private static String code() throws IOException {
		CRC32C classes = new CRC32C();
		for (Resource type : classes()) {
			classes.update(name(type).getBytes(StandardCharsets.UTF_8));
			classes.update(ByteBuffer.allocate(Long.BYTES).putLong(checksum(type)).flip());
		}
		CRC32C libraries = new CRC32C();
		List<String> jars = libraries();
		jars.forEach((jar) -> libraries.update((jar + "\n").getBytes(StandardCharsets.UTF_8)));
		return Long.toHexString(classes.getValue()) + " " + Long.toHexString(libraries.getValue()) + " (" + jars.size()
				+ " libraries)";
	}

	// The checksum of a class's bytes: in a jar, the one the jar keeps of each entry (a
	// start then inflates none of them); in a folder, one of the bytes read.
	static long checksum(Resource type) throws IOException {
		if (type.getURL().openConnection() instanceof JarURLConnection jar) {
			JarEntry entry = jar.getJarEntry();
			if (entry != null && entry.getCrc() != -1) {
				return entry.getCrc();
			}
		}
		CRC32 bytes = new CRC32();
		try (InputStream in = type.getInputStream()) {
			bytes.update(in.readAllBytes());
		}
		return bytes.getValue();
	}

	/**
	 * Every class of the site, however the code is laid out (classes in a folder, a jar,
	 * or the jar's nested jars), in the order of their names.
	 */
	static List<Resource> classes() throws IOException {
		List<Resource> classes = new ArrayList<>(List.of(RESOLVER.getResources(CLASSES)));
		classes.sort(Comparator.comparing(CodeKey::name));
		return classes;
	}

	/**
	 * The file names of the libraries' jars, sorted.
	 */
	static List<String> libraries() throws IOException {
		List<String> jars = new ArrayList<>();
		for (Resource manifest : RESOLVER.getResources(LIBRARIES)) {
			Matcher jar = JAR.matcher(manifest.getURL().toString());
			if (jar.find()) {
				jars.add(jar.group(1));
			}
		}
		Collections.sort(jars);
		return jars;
	}

	// A class by its place in the site's packages: content/MarkdownRenderer.class.
	static String name(Resource type) {
		try {
			return type.getURL().toString().replaceFirst(".*/no/oslocancercluster/history/", "");
		}
		catch (IOException ex) {
			return String.valueOf(type.getFilename());
		}
	}

	private static final class Build {

		static final String ID = identify();

	}

}
