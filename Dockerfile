# Runtime image for the jar built by `./mvnw -DskipTests package`.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/mamxanh-*.jar /app/mamxanh.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/mamxanh.jar"]
