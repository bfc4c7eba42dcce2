package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.UrlResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class counts by its bytes in the key of a snapshot, whether the site runs from a
 * folder of classes or from a jar (where the start takes the checksum the jar keeps of
 * each entry instead of reading the class).
 */
class CodeKeyTests {

	@TempDir
	Path folder;

	@Test
	void aClassInAJarCountsAsItsBytesDoInAFolder() throws IOException {
		byte[] bytes = Files
			.readAllBytes(Path.of("target/classes/no/oslocancercluster/history/serving/PageCache.class"));
		Path file = Files.write(this.folder.resolve("PageCache.class"), bytes);
		Path jar = jar("site.jar", bytes);
		long inFolder = CodeKey.checksum(new FileSystemResource(file));
		assertThat(CodeKey.checksum(new UrlResource("jar:" + jar.toUri() + "!/serving/PageCache.class")))
			.isEqualTo(inFolder);
		bytes[bytes.length / 2]++;
		Path changed = jar("changed.jar", bytes);
		assertThat(CodeKey.checksum(new UrlResource("jar:" + changed.toUri() + "!/serving/PageCache.class")))
			.isNotEqualTo(inFolder);
	}

	private Path jar(String name, byte[] bytes) throws IOException {
		Path jar = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
			entries.putNextEntry(new JarEntry("serving/PageCache.class"));
			entries.write(bytes);
			entries.closeEntry();
		}
		return jar;
	}

}
