/**
 * Builds the MediaPipe PoseLandmarker `.task` bundles from the weights shipped in `@mediapipe/pose`
 * and copies the tasks-vision wasm next to them, so the app never fetches anything off-origin.
 *
 * Output (both gitignored, served from the app's own origin):
 *   static/models/pose_landmarker_{lite,full}.task
 *   static/mediapipe/wasm/vision_wasm_module_internal.{js,wasm}
 *
 * The bundle is a stored zip of the detector and the landmark model, each given the TFLite
 * metadata the tasks runtime needs (image input + normalisation). The original model bytes are
 * kept untouched: a new root table is written in front of them and points back into them, because
 * re-packing the model through the flatbuffers object API makes the runtime reject it.
 * Every build of the same inputs gives the same bytes.
 */
import { Builder } from 'flatbuffers';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const poseDir = join(root, 'node_modules/@mediapipe/pose');
const wasmSrc = join(root, 'node_modules/@mediapipe/tasks-vision/wasm');

export const DETECTOR_PATH = '/third_party/mediapipe/modules/pose_detection/pose_detection.tflite';
/** Input normalisation: the detector wants [-1, 1], the landmark model [0, 1]. */
export const DETECTOR_INPUT = { name: 'pose_detector', size: 224, mean: 127.5, std: 127.5 };
export const LANDMARKS_INPUT = { name: 'pose_landmarks_detector', size: 256, mean: 0, std: 255 };
export const VARIANTS = /** @type {const} */ ({
	lite: 'pose_landmark_lite.tflite',
	full: 'pose_landmark_full.tflite'
});
export const WASM_FILES = ['vision_wasm_module_internal.js', 'vision_wasm_module_internal.wasm'];
const ALIGN = 64;

/**
 * Finds the detector's byte range in the legacy solution's packed `.data` from its loader script.
 * @param {string} loaderJs
 * @returns {{ start: number, end: number }}
 */
export function detectorRange(loaderJs) {
	const match = /loadPackage\((\{.*?\})\);/s.exec(loaderJs);
	if (!match) throw new Error('loadPackage({...}) not found in the packed assets loader');
	/** @type {{ files?: { filename: string, start: number, end: number }[] }} */
	const pkg = JSON.parse(match[1] ?? '{}');
	const entry = pkg.files?.find((f) => f.filename === DETECTOR_PATH);
	if (!entry) throw new Error(`${DETECTOR_PATH} not listed in the packed assets loader`);
	return { start: entry.start, end: entry.end };
}

/**
 * Checks the TFLite file identifier at bytes 4-8.
 * @param {Uint8Array} bytes
 * @param {string} what
 */
export function assertTflite(bytes, what) {
	const id = new TextDecoder().decode(bytes.subarray(4, 8));
	if (id !== 'TFL3') throw new Error(`${what} is not a TFLite model (identifier "${id}")`);
}

/**
 * A `ModelMetadata` flatbuffer (file identifier M001) for one RGB float image input.
 * @param {{ name: string, size: number, mean: number, std: number }} input
 */
export function buildMetadata({ name, size, mean, std }) {
	const b = new Builder(512);
	/** @param {number} v */
	const floats = (v) => {
		b.startVector(4, 1, 4);
		b.addFloat32(v);
		return b.endVector();
	};
	const meanVec = floats(mean);
	const stdVec = floats(std);
	b.startObject(2); // NormalizationOptions { mean, std }
	b.addFieldOffset(0, meanVec, 0);
	b.addFieldOffset(1, stdVec, 0);
	const norm = b.endObject();
	b.startObject(2); // ProcessUnit { options_type, options }
	b.addFieldInt8(0, 1, 0); // ProcessUnitOptions.NormalizationOptions
	b.addFieldOffset(1, norm, 0);
	const unit = b.endObject();
	b.startObject(2); // ImageSize { width, height }
	b.addFieldInt32(0, size, 0);
	b.addFieldInt32(1, size, 0);
	const imageSize = b.endObject();
	b.startObject(2); // ImageProperties { color_space, default_size }
	b.addFieldInt8(0, 1, 0); // ColorSpaceType.RGB
	b.addFieldOffset(1, imageSize, 0);
	const image = b.endObject();
	b.startObject(3); // Content { content_properties_type, content_properties, range }
	b.addFieldInt8(0, 2, 0); // ContentProperties.ImageProperties
	b.addFieldOffset(1, image, 0);
	const content = b.endObject();
	const units = offsets(b, [unit]);
	const tensorName = b.createString('image');
	b.startObject(7); // TensorMetadata { name, description, dimension_names, content, process_units, .. }
	b.addFieldOffset(0, tensorName, 0);
	b.addFieldOffset(3, content, 0);
	b.addFieldOffset(4, units, 0);
	const tensor = b.endObject();
	const inputs = offsets(b, [tensor]);
	b.startObject(10); // SubGraphMetadata { name, description, input_tensor_metadata, .. }
	b.addFieldOffset(2, inputs, 0);
	const subgraph = b.endObject();
	const subgraphs = offsets(b, [subgraph]);
	const modelName = b.createString(name);
	const parser = b.createString('1.0.0');
	b.startObject(8); // ModelMetadata { name, .., subgraph_metadata, .., min_parser_version }
	b.addFieldOffset(0, modelName, 0);
	b.addFieldOffset(3, subgraphs, 0);
	b.addFieldOffset(7, parser, 0);
	b.finish(b.endObject(), 'M001');
	return b.asUint8Array().slice();
}

/**
 * @param {Builder} b
 * @param {number[]} list
 */
function offsets(b, list) {
	b.startVector(4, list.length, 4);
	for (let i = list.length - 1; i >= 0; i--) b.addOffset(/** @type {number} */ (list[i]));
	return b.endVector();
}

/**
 * Reads the root `Model` table's fields: absolute positions of offset fields, or scalar values.
 * @param {Uint8Array} model
 */
export function readModelFields(model) {
	const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
	const table = view.getUint32(0, true);
	const vtable = table - view.getInt32(table, true);
	const count = (view.getUint16(vtable, true) - 4) / 2;
	if (count > 8) throw new Error(`Model table has ${count} fields; this builder knows 8`);
	/** @type {Map<number, number>} field index -> absolute position of the field */
	const fields = new Map();
	for (let i = 0; i < count; i++) {
		const at = view.getUint16(vtable + 4 + 2 * i, true);
		if (at) fields.set(i, table + at);
	}
	/** @param {number} i absolute position of what field `i` points at, 0 if absent */
	const target = (i) => {
		const at = fields.get(i);
		return at === undefined ? 0 : at + view.getUint32(at, true);
	};
	/** @param {number} i absolute positions of the tables in vector field `i` */
	const vectorTables = (i) => {
		const vec = target(i);
		if (!vec) return [];
		const n = view.getUint32(vec, true);
		return Array.from(
			{ length: n },
			(_, k) => vec + 4 + 4 * k + view.getUint32(vec + 4 + 4 * k, true)
		);
	};
	return { view, fields, target, vectorTables };
}

/**
 * Returns the model with `metadata` added as a new buffer and a `TFLITE_METADATA` entry.
 * New bytes go in front; the original bytes follow unchanged at a 64-byte aligned offset.
 * @param {Uint8Array} model
 * @param {Uint8Array} metadata
 */
export function attachMetadata(model, metadata) {
	const { view, fields, target, vectorTables } = readModelFields(model);
	const buffers = vectorTables(4);
	const metas = vectorTables(6);
	const name = new TextEncoder().encode('TFLITE_METADATA');
	/** @type {[number, Uint8Array][]} */
	const parts = [];
	let size = 0;
	/** @param {Uint8Array} bytes @param {number} align @param {number} mod */
	const place = (bytes, align = 4, mod = 0) => {
		while (size % align !== mod) size++;
		const at = size;
		parts.push([at, bytes]);
		size += bytes.length;
		return at;
	};
	/** @param {number[]} v */
	const u32s = (...v) => new Uint8Array(new Uint32Array(v).buffer);
	// Header: root offset (patched below) + file identifier.
	const header = place(new Uint8Array([0, 0, 0, 0, ...new TextEncoder().encode('TFL3')]));
	// Model vtable: 8 fields, each at 4 + 4*i in a 36-byte table.
	const modelVt = place(
		new Uint8Array(
			new Uint16Array([
				20,
				36,
				...[0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
					i === 4 || i === 6 || fields.has(i) ? 4 + 4 * i : 0
				)
			]).buffer
		),
		2
	);
	const modelTable = place(new Uint8Array(36));
	const buffersVec = place(new Uint8Array(4 + 4 * (buffers.length + 1)));
	const metasVec = place(new Uint8Array(4 + 4 * (metas.length + 1)));
	const bufferVt = place(new Uint8Array(new Uint16Array([6, 8, 4]).buffer), 2);
	const bufferTable = place(new Uint8Array(8));
	const metaVt = place(new Uint8Array(new Uint16Array([8, 12, 4, 8]).buffer), 2);
	const metaTable = place(new Uint8Array(12));
	const nameStr = place(new Uint8Array([...u32s(name.length), ...name, 0]));
	const dataVec = place(new Uint8Array([...u32s(metadata.length), ...metadata]), 16, 12);
	while (size % ALIGN) size++;
	const prefix = size;

	const out = new Uint8Array(prefix + model.length);
	for (const [at, bytes] of parts) out.set(bytes, at);
	out.set(model, prefix);
	const w = new DataView(out.buffer);
	/** @param {number} at @param {number} abs */
	const offset = (at, abs) => w.setUint32(at, abs - at, true);
	offset(header, modelTable);
	w.setInt32(modelTable, modelTable - modelVt, true);
	for (let i = 0; i < 8; i++) {
		const at = modelTable + 4 + 4 * i;
		if (i === 4) offset(at, buffersVec);
		else if (i === 6) offset(at, metasVec);
		else if (i === 0 && fields.has(0))
			w.setUint32(at, view.getUint32(fields.get(0) ?? 0, true), true);
		else if (fields.has(i)) offset(at, prefix + target(i));
	}
	/** @param {number} vec @param {number[]} items */
	const vector = (vec, items) => {
		w.setUint32(vec, items.length, true);
		items.forEach((abs, k) => offset(vec + 4 + 4 * k, abs));
	};
	vector(buffersVec, [...buffers.map((t) => prefix + t), bufferTable]);
	vector(metasVec, [...metas.map((t) => prefix + t), metaTable]);
	w.setInt32(bufferTable, bufferTable - bufferVt, true);
	offset(bufferTable + 4, dataVec);
	w.setInt32(metaTable, metaTable - metaVt, true);
	offset(metaTable + 4, nameStr);
	w.setUint32(metaTable + 8, buffers.length, true);
	return out;
}

/**
 * Writes little-endian fields: [offset, value, byte size].
 * @param {DataView} view
 * @param {[number, number, number][]} fields
 */
function setFields(view, fields) {
	for (const [at, v, n] of fields) {
		if (n === 4) view.setUint32(at, v, true);
		else view.setUint16(at, v, true);
	}
}

/**
 * A stored (uncompressed) zip with 64-byte aligned entry data and a fixed timestamp.
 * @param {{ name: string, data: Uint8Array }[]} entries
 */
export function zipStored(entries) {
	const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the zip epoch
	/** @type {Uint8Array[]} */
	const chunks = [];
	/** @type {{ nameBytes: Uint8Array, crc: number, size: number, offset: number }[]} */
	const central = [];
	let pos = 0;
	/** @param {Uint8Array} bytes */
	const push = (bytes) => {
		chunks.push(bytes);
		pos += bytes.length;
	};
	for (const { name, data } of entries) {
		const nameBytes = new TextEncoder().encode(name);
		let pad = (ALIGN - ((pos + 30 + nameBytes.length) % ALIGN)) % ALIGN;
		if (pad > 0 && pad < 6) pad += ALIGN; // an extra field needs a 4-byte header + u16
		const crc = crc32(data) >>> 0;
		const header = new DataView(new ArrayBuffer(30));
		setFields(header, [
			[0, 0x04034b50, 4],
			[4, 10, 2],
			[6, 0, 2],
			[8, 0, 2],
			[10, 0, 2],
			[12, dosDate, 2],
			[14, crc, 4],
			[18, data.length, 4],
			[22, data.length, 4],
			[26, nameBytes.length, 2],
			[28, pad, 2]
		]);
		const extra = new DataView(new ArrayBuffer(pad));
		if (pad) {
			extra.setUint16(0, 0xd935, true); // alignment padding field, as zipalign writes it
			extra.setUint16(2, pad - 4, true);
			extra.setUint16(4, ALIGN, true);
		}
		central.push({ nameBytes, crc, size: data.length, offset: pos });
		push(new Uint8Array(header.buffer));
		push(nameBytes);
		push(new Uint8Array(extra.buffer));
		push(data);
	}
	const cdStart = pos;
	for (const e of central) {
		const h = new DataView(new ArrayBuffer(46));
		setFields(h, [
			[0, 0x02014b50, 4],
			[4, 20, 2],
			[6, 10, 2],
			[12, 0, 2],
			[14, dosDate, 2],
			[16, e.crc, 4],
			[20, e.size, 4],
			[24, e.size, 4],
			[28, e.nameBytes.length, 2],
			[42, e.offset, 4]
		]);
		push(new Uint8Array(h.buffer));
		push(e.nameBytes);
	}
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, central.length, true);
	end.setUint16(10, central.length, true);
	end.setUint32(12, pos - cdStart, true);
	end.setUint32(16, cdStart, true);
	push(new Uint8Array(end.buffer));
	const out = new Uint8Array(pos);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * The `.task` bundle for one landmark model variant, from `@mediapipe/pose`'s files.
 * @param {keyof typeof VARIANTS} variant
 */
export function buildBundle(variant, dir = poseDir) {
	const loader = readFileSync(join(dir, 'pose_solution_packed_assets_loader.js'), 'utf8');
	const { start, end } = detectorRange(loader);
	const detector = new Uint8Array(
		readFileSync(join(dir, 'pose_solution_packed_assets.data'))
	).slice(start, end);
	const landmarks = new Uint8Array(readFileSync(join(dir, VARIANTS[variant])));
	assertTflite(detector, 'pose detector');
	assertTflite(landmarks, VARIANTS[variant]);
	return zipStored([
		{ name: 'pose_detector.tflite', data: attachMetadata(detector, buildMetadata(DETECTOR_INPUT)) },
		{
			name: 'pose_landmarks_detector.tflite',
			data: attachMetadata(landmarks, buildMetadata(LANDMARKS_INPUT))
		}
	]);
}

/**
 * Writes only when the bytes differ, so rebuilds leave files (and caches) alone.
 * @param {string} path
 * @param {Uint8Array} bytes
 */
function writeIfChanged(path, bytes) {
	mkdirSync(dirname(path), { recursive: true });
	if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0)
		return false;
	writeFileSync(path, bytes);
	return true;
}

export function main(outRoot = join(root, 'static')) {
	for (const variant of /** @type {(keyof typeof VARIANTS)[]} */ (Object.keys(VARIANTS))) {
		const bytes = buildBundle(variant);
		const path = join(outRoot, 'models', `pose_landmarker_${variant}.task`);
		const changed = writeIfChanged(path, bytes);
		const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
		console.log(
			`pose model ${variant}: ${bytes.length} bytes sha256 ${sha}${changed ? '' : ' (unchanged)'}`
		);
	}
	for (const file of WASM_FILES) {
		writeIfChanged(join(outRoot, 'mediapipe/wasm', file), readFileSync(join(wasmSrc, file)));
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
