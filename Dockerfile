# The application image: the jar built by `./mvnw -B package -DskipTests` on a JRE 17.
# Build with: ./mvnw -B package -DskipTests && docker compose build
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl fonts-wqy-zenhei && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 registry
WORKDIR /app
COPY registry-web/target/registry.jar /app/registry.jar
USER registry
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Duser.timezone=Asia/Shanghai"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/registry.jar"]
