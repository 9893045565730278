# Mầm Xanh as a container: the first stage builds the jar with the Maven version ./mvnw pins, the second
# runs it on a JRE as an unprivileged user. Build with `docker compose up --build` or
# `docker build -t mamxanh .`; nothing needs to be built on the host first.

# The Maven image carries the Maven 3.9.11 that .mvn/wrapper/maven-wrapper.properties pins, so mvnw has
# nothing to fetch: it is pointed at that installation.
FROM maven:3.9.11-eclipse-temurin-17 AS build
ENV MVNW_MAVEN_HOME=/usr/share/maven
WORKDIR /src
# The wrapper and the POM first, so the downloaded dependencies stay in a cached layer while the code changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -q -DskipTests package && cp target/mamxanh-*.jar /src/mamxanh.jar

FROM eclipse-temurin:17-jre
# Deadlines run out at midnight, Vietnam time (R14); logs and the engine's clock agree with the users.
ENV TZ=Asia/Ho_Chi_Minh \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Ho_Chi_Minh -XX:MaxRAMPercentage=75"
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone \
    && groupadd --system mamxanh && useradd --system --gid mamxanh --home-dir /app --shell /usr/sbin/nologin mamxanh
WORKDIR /app
COPY --from=build --chown=mamxanh:mamxanh /src/mamxanh.jar /app/mamxanh.jar
USER mamxanh
EXPOSE 8080
# /actuator/health is public and answers UP once the database and the engine are ready.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/mamxanh.jar"]
