package no.oslocancercluster.history.names;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No name has the requested address: an answer, not a fault, so it carries no stack
 * trace.
 */
class EntityNotFoundException extends ResponseStatusException {

	EntityNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, "No name at /names/" + id);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
