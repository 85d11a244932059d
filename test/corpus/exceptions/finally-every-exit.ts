// finally runs on return, throw, catch-return, break and continue.
function a(): number { try { return 1; } finally { console.log("fin a"); } }
function b(): number { let r = 0; try { r = 2; } finally { console.log("fin b"); } return r; }
function c(): number { try { throw new Error("x"); } catch (e) { return 3; } finally { console.log("fin c"); } }
function d(): number { try { throw new Error("y"); } finally { console.log("fin d"); } }
function e(): number { for (let i = 0; i < 3; i++) { try { if (i === 1) break; if (i === 0) continue; } finally { console.log("fin e", i); } } return 5; }
console.log(a(), b(), c());
try { d(); } catch (err) { console.log("caught", (err as Error).message); }
console.log(e());
