package dz.sanad.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether the application serves a request's path at all, asked by the access-denied handlers: deny by default
 * still refuses every known route to a role without it (403), but a signed-in user who mistypes an address gets a
 * 404. Asks Spring MVC's own handler mappings, in the dispatcher's order, on a copy of the request so that their
 * bookkeeping attributes never reach the real dispatch. The static resources handler maps {@code /**}: it only
 * counts when the file exists.
 */
final class KnownRoutes {

	private final ObjectProvider<HandlerMappingIntrospector> introspector;

	KnownRoutes(ObjectProvider<HandlerMappingIntrospector> introspector) {
		this.introspector = introspector;
	}

	boolean serves(HttpServletRequest request) {
		HandlerMappingIntrospector mvc = introspector.getIfAvailable();
		if (mvc == null) {
			return true;
		}
		for (HandlerMapping mapping : mvc.getHandlerMappings()) {
			Probe probe = new Probe(request);
			try {
				ServletRequestPathUtils.parseAndCache(probe);
				HandlerExecutionChain chain = mapping.getHandler(probe);
				if (chain != null && exists(chain.getHandler(), probe)) {
					return true;
				}
			}
			catch (Exception e) {
				// a mapping that matches the path but not the method or media type still names a known route
				return true;
			}
		}
		return false;
	}

	private static boolean exists(Object handler, HttpServletRequest probe) {
		if (!(handler instanceof ResourceHttpRequestHandler resources)) {
			return true;
		}
		Object path = probe.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
		if (path == null || path.toString().isBlank()) {
			return false;
		}
		for (Resource location : resources.getLocations()) {
			try {
				Resource file = location.createRelative(path.toString());
				if (file.isReadable()) {
					return true;
				}
			}
			catch (IOException e) {
				// an unreadable location serves nothing
			}
		}
		return false;
	}

	/** The request with attributes of its own on top of the real ones. */
	private static final class Probe extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		Probe(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (removed.contains(name)) {
				return null;
			}
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			removed.remove(name);
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
			removed.add(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
			names.addAll(attributes.keySet());
			names.removeAll(removed);
			return Collections.enumeration(names);
		}
	}
}
