// Parsing responses of an AT-command modem.
function parseResponse(line: string): string {
  if (line === "OK") return "ok";
  if (line.startsWith("+CSQ: ")) {
    const [rssi, ber] = line.substring(6).split(",").map((v) => parseInt(v, 10));
    return `signal rssi=${rssi} ber=${ber}`;
  }
  if (line.startsWith("+CREG: ")) {
    const parts = line.substring(7).split(",");
    return parts[1] === "1" ? "registered" : "searching";
  }
  if (line.startsWith("ERROR")) return "error";
  return `unknown (${line})`;
}
for (const l of ["OK", "+CSQ: 21,99", "+CREG: 0,1", "+CREG: 0,2", "ERROR", "RING"]) console.log(parseResponse(l));
