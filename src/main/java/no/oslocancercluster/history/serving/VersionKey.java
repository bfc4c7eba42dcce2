package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.PictureFile;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the rendered pages of a content version are known by, for {@link PageSnapshot}: a
 * digest of the code that renders them, the templates, texts and static files it renders
 * with, the settings of the site, and everything of the version a page can show (its
 * editions as JSON, with maps in the order of their keys, and each picture's address,
 * size and digest). Two starts that would render other bytes have other keys.
 */
final class VersionKey {

	// What pages are made of besides the code and the content; an IDE can change these
	// without a new build.
	private static final List<String> RESOURCES = List.of("classpath*:templates/**", "classpath*:messages*.properties",
			"classpath*:static/**", "classpath*:csl/**");

	// The digest of the templates, texts and static files, read once: they do not change
	// while the site runs.
	private static CompletableFuture<String> resources;

	private VersionKey() {
	}

	/**
	 * Starts reading the templates, texts and static files for the key, on another
	 * thread: reading them means looking through every jar on the class path (about 0.2 s
	 * at a start), which Spring's own start can hide.
	 */
	static void prepare() {
		resources();
	}

	private static synchronized CompletableFuture<String> resources() {
		if (resources == null) {
			resources = CompletableFuture.supplyAsync(Resources::digest);
		}
		return resources;
	}

	/**
	 * The key of a version's pages rendered by the given code (a {@code CodeKey}) with
	 * the given settings.
	 */
	static String of(String code, String settings, Editions editions, Map<String, PictureFile> pictures) {
		MessageDigest digest = sha256();
		update(digest, code);
		update(digest, resources().join());
		update(digest, settings);
		for (Language language : Language.values()) {
			Edition edition = editions.get(language);
			digest.update(Json.MAPPER.writeValueAsBytes(List.of(language, edition.overview())));
			digest.update(Json.MAPPER.writeValueAsBytes(edition.sections()));
			digest.update(Json.MAPPER.writeValueAsBytes(edition.entities()));
		}
		new TreeMap<>(pictures).forEach((path, picture) -> update(digest,
				String.join(" ", path, picture.state().name(), Long.toString(picture.size()), picture.format(),
						picture.width() + "x" + picture.height(), picture.digest())));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// The editions as JSON, made when a key is first worked out (on the thread that reads
	// the kept pages): building the mapper loads Jackson's classes, some 0.15 s of the
	// main thread at a start (bench/README.md, round eighteen).
	private static final class Json {

		private static final JsonMapper MAPPER = JsonMapper.builder()
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.build();

	}

	// The templates, texts and static files.
	private static final class Resources {

		private static String digest() {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					VersionKey.class.getClassLoader());
			MessageDigest digest = sha256();
			try {
				for (String pattern : RESOURCES) {
					Resource[] found = resolver.getResources(pattern);
					Arrays.sort(found, Comparator.comparing(Resources::name));
					for (Resource resource : found) {
						update(digest, resource);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return HexFormat.of().formatHex(digest.digest());
		}

		private static void update(MessageDigest digest, Resource resource) throws IOException {
			if (resource.isReadable()) {
				VersionKey.update(digest, name(resource));
				try (InputStream in = resource.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
		}

		// The resource's address within its jar, or its whole address outside one.
		private static String name(Resource resource) {
			try {
				String url = resource.getURL().toString();
				return url.substring(url.lastIndexOf("!/") + 1);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
