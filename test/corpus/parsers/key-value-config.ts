// Parsing a key=value configuration block with comments and defaults.
const text = "# board config\nbaud=115200\nname = sensor-node\n\nretries=3\nverbose=true\n";
const config: Record<string, string> = {};
for (const raw of text.split("\n")) {
  const line = raw.trim();
  if (line === "" || line.startsWith("#")) continue;
  const eq = line.indexOf("=");
  if (eq < 0) continue;
  config[line.substring(0, eq).trim()] = line.substring(eq + 1).trim();
}
const baud = parseInt(config["baud"] ?? "9600", 10);
const retries = Number(config["retries"]);
console.log("baud", baud, "name", config["name"], "retries", retries, "verbose", config["verbose"] === "true");
console.log("missing", config["timeout"] === undefined, Object.keys(config).join(","));
