package org.guanai.registry.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files, under their own paths only (with {@code spring.web.resources.add-mappings=false}). Boot's
 * catch-all {@code /**} mapping made every link on every page ({@code /children/123} …) a candidate static file
 * that was looked up in the jars and, not found, never cached: 18 % of the CPU under load
 * (docs/performance-history.md). Resolved links are cached by the resource chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // resourceChain(true) with webjars-locator-lite on the class path resolves version-less webjar paths.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
