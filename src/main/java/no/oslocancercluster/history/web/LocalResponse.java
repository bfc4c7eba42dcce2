package no.oslocancercluster.history.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The answer to a request dispatched in this process ({@link LocalDispatch}): Spring's
 * stand-in response, whose writer passes text on in pieces of 8 KB, as a server's does,
 * instead of encoding and flushing it at every write (the stand-in's way, made for tests:
 * a page is written a few characters at a time, and that was a tenth of the time to
 * render a long history). UTF-8 unless the page's content type names another charset.
 */
final class LocalResponse extends MockHttpServletResponse {

	// A servlet container's usual response buffer, in characters.
	private static final int BUFFER = 8192;

	private Held held;

	private PrintWriter writer;

	LocalResponse() {
		setDefaultCharacterEncoding(StandardCharsets.UTF_8.name());
	}

	@Override
	public PrintWriter getWriter() throws UnsupportedEncodingException {
		if (this.writer == null) {
			this.held = new Held(super.getWriter());
			this.writer = new PrintWriter(this.held);
		}
		return this.writer;
	}

	// What the writer holds is dropped with the rest of the body.
	@Override
	public void resetBuffer() {
		this.held = null;
		this.writer = null;
		super.resetBuffer();
	}

	@Override
	public void reset() {
		resetBuffer();
		super.reset();
	}

	@Override
	public void flushBuffer() {
		passOn();
		super.flushBuffer();
	}

	@Override
	public byte[] getContentAsByteArray() {
		passOn();
		return super.getContentAsByteArray();
	}

	@Override
	public String getContentAsString() throws UnsupportedEncodingException {
		passOn();
		return super.getContentAsString();
	}

	@Override
	public String getContentAsString(Charset fallbackCharset) throws UnsupportedEncodingException {
		passOn();
		return super.getContentAsString(fallbackCharset);
	}

	private void passOn() {
		if (this.held != null) {
			this.held.passOn();
		}
	}

	// The text written, held until there is a buffer's worth of it, then passed on to the
	// stand-in's writer in one piece; a flush passes it on and commits the response, as
	// a server's does.
	private static final class Held extends Writer {

		private final StringBuilder text = new StringBuilder(BUFFER);

		private final Writer target;

		Held(Writer target) {
			this.target = target;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			this.text.append(chars, offset, length);
			if (this.text.length() >= BUFFER) {
				passOn();
			}
		}

		@Override
		public void write(String string, int offset, int length) {
			this.text.append(string, offset, offset + length);
			if (this.text.length() >= BUFFER) {
				passOn();
			}
		}

		void passOn() {
			if (!this.text.isEmpty()) {
				try {
					this.target.append(this.text);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.text.setLength(0);
			}
		}

		@Override
		public void flush() throws IOException {
			passOn();
			this.target.flush();
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
