// Parsing an NMEA GGA sentence and checking its checksum.
function checksum(body: string): number {
  let c = 0;
  for (let i = 0; i < body.length; i++) c ^= body.charCodeAt(i);
  return c;
}
function parseCoord(v: string, hemi: string): number {
  const dot = v.indexOf(".");
  const degDigits = dot - 2;
  const deg = parseInt(v.substring(0, degDigits), 10);
  const min = parseFloat(v.substring(degDigits));
  const value = deg + min / 60;
  return hemi === "S" || hemi === "W" ? -value : value;
}
const sentence = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47";
const star = sentence.indexOf("*");
const body = sentence.substring(1, star);
const expected = parseInt(sentence.substring(star + 1), 16);
console.log("checksum ok", checksum(body) === expected, expected);
const f = body.split(",");
console.log("type", f[0], "time", f[1], "fix", f[6], "sats", parseInt(f[7], 10));
console.log("lat", parseCoord(f[2], f[3]).toFixed(5), "lon", parseCoord(f[4], f[5]).toFixed(5));
console.log("altitude", parseFloat(f[9]), f[10]);
