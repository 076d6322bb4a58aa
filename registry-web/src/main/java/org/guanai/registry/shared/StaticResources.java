package org.guanai.registry.shared;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, under their own paths only (with {@code spring.web.resources.add-mappings=false}). Boot's
 * catch-all {@code /**} mapping made every link on every page ({@code /children/123} …) a candidate static file
 * that was looked up in the jars and, not found, never cached: 18 % of the CPU under load
 * (docs/performance-history.md). Resolved links are cached by the resource chain.
 * <p>
 * Every file is linked by a name that changes with its content (the project's own files carry a hash of it, a webjar's
 * carry its version), so a browser keeps each for a year and loads a page's style sheets and scripts once, not on
 * every page (decision 047). Pages themselves stay uncached: they hold people's data.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl KEPT_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(KEPT_A_YEAR).resourceChain(true).addResolver(byContent());
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(KEPT_A_YEAR).resourceChain(true).addResolver(byContent());
        // resourceChain(true) with webjars-locator-lite on the class path resolves version-less webjar paths to
        // their versions, which the pages link.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(KEPT_A_YEAR).resourceChain(true);
    }

    /** {@code app.css} linked as {@code app-<md5 of its content>.css}. */
    private static VersionResourceResolver byContent() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
