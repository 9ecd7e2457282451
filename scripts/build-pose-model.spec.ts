import { ByteBuffer } from 'flatbuffers';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	buildBundle,
	detectorRange,
	main,
	readModelFields,
	VARIANTS,
	zipStored
} from './build-pose-model.mjs';

const poseDir = join(import.meta.dirname, '../node_modules/@mediapipe/pose');

interface Entry {
	name: string;
	data: Uint8Array;
	dataOffset: number;
	method: number;
	crc: number;
}

/** Reads a zip through its central directory, as the tasks runtime does. */
function unzip(zip: Uint8Array): Entry[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const eocd = zip.length - 22;
	expect(view.getUint32(eocd, true)).toBe(0x06054b50);
	const count = view.getUint16(eocd + 10, true);
	let at = view.getUint32(eocd + 16, true);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const local = view.getUint32(at + 42, true);
		const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
		const dataOffset =
			local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		entries.push({
			name,
			data: zip.subarray(dataOffset, dataOffset + size),
			dataOffset,
			method: view.getUint16(at + 10, true),
			crc: view.getUint32(at + 16, true)
		});
		at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return entries;
}

/** Field `slot` of the table at `table`: absolute position or 0. */
function field(bb: ByteBuffer, table: number, slot: number): number {
	const at = bb.__offset(table, 4 + 2 * slot);
	return at ? table + at : 0;
}
const ref = (bb: ByteBuffer, table: number, slot: number) => {
	const at = field(bb, table, slot);
	return at ? bb.__indirect(at) : 0;
};
const vectorItem = (bb: ByteBuffer, table: number, slot: number, i: number) =>
	bb.__indirect(bb.__vector(field(bb, table, slot)) + 4 * i);
const floats = (bb: ByteBuffer, table: number, slot: number) => {
	const at = field(bb, table, slot);
	const start = bb.__vector(at);
	return Array.from({ length: bb.__vector_len(at) }, (_, i) => bb.readFloat32(start + 4 * i));
};

/** Reads the TFLITE_METADATA buffer of a model and the normalisation it declares. */
function readMetadata(model: Uint8Array) {
	const bb = new ByteBuffer(model.slice()); // ByteBuffer ignores a view's byteOffset
	const root = bb.readInt32(0);
	const metas = field(bb, root, 6);
	const names = Array.from({ length: bb.__vector_len(metas) }, (_, i) =>
		bb.__string(field(bb, vectorItem(bb, root, 6, i), 0))
	);
	const index = names.indexOf('TFLITE_METADATA');
	const bufferIndex = bb.readUint32(field(bb, vectorItem(bb, root, 6, index), 1));
	const buffer = vectorItem(bb, root, 4, bufferIndex);
	const dataField = field(bb, buffer, 0);
	const dataStart = bb.__vector(dataField);
	const meta = new ByteBuffer(model.slice(dataStart, dataStart + bb.__vector_len(dataField)));
	expect(meta.__has_identifier('M001')).toBe(true);
	const m = meta.readInt32(0);
	const tensor = vectorItem(meta, vectorItem(meta, m, 3, 0), 2, 0);
	const content = ref(meta, tensor, 3);
	const image = ref(meta, content, 1);
	const size = ref(meta, image, 1);
	const norm = ref(meta, vectorItem(meta, tensor, 4, 0), 1);
	return {
		names,
		dataStart,
		parser: meta.__string(field(meta, m, 7)),
		contentType: meta.readUint8(field(meta, content, 0)),
		colorSpace: meta.readInt8(field(meta, image, 0)),
		width: meta.readUint32(field(meta, size, 0)),
		unitType: meta.readUint8(field(meta, vectorItem(meta, tensor, 4, 0), 0)),
		mean: floats(meta, norm, 0),
		std: floats(meta, norm, 1)
	};
}

describe('pose model bundle', () => {
	const bundles = { lite: buildBundle('lite'), full: buildBundle('full') };
	const detectorData = readFileSync(join(poseDir, 'pose_solution_packed_assets.data'));
	const { start, end } = detectorRange(
		readFileSync(join(poseDir, 'pose_solution_packed_assets_loader.js'), 'utf8')
	);

	it('holds the detector then the landmark model, stored, 64-byte aligned, CRCs right', () => {
		for (const bundle of Object.values(bundles)) {
			const entries = unzip(bundle);
			expect(entries.map((e) => e.name)).toEqual([
				'pose_detector.tflite',
				'pose_landmarks_detector.tflite'
			]);
			for (const e of entries) {
				expect(e.method).toBe(0);
				expect(e.dataOffset % 64).toBe(0);
				expect(crc32(e.data) >>> 0).toBe(e.crc);
				expect(new TextDecoder().decode(e.data.subarray(4, 8))).toBe('TFL3');
			}
		}
	});

	it('declares the normalisation each model was trained with', () => {
		const [detector, landmarks] = unzip(bundles.lite);
		const d = readMetadata(detector!.data);
		expect(d).toMatchObject({ mean: [127.5], std: [127.5], width: 224, parser: '1.0.0' });
		expect(d).toMatchObject({ contentType: 2, colorSpace: 1, unitType: 1 });
		const l = readMetadata(landmarks!.data);
		expect(l).toMatchObject({ mean: [0], std: [255], width: 256, contentType: 2, unitType: 1 });
		expect(d.dataStart % 16).toBe(0);
	});

	it('keeps the original models byte for byte and their own metadata entries', () => {
		const originals = {
			lite: readFileSync(join(poseDir, VARIANTS.lite)),
			full: readFileSync(join(poseDir, VARIANTS.full))
		};
		for (const [variant, bundle] of Object.entries(bundles)) {
			const [detector, landmarks] = unzip(bundle);
			const original = originals[variant as keyof typeof originals];
			const tail = landmarks!.data.subarray(landmarks!.data.length - original.length);
			expect(Buffer.compare(Buffer.from(tail), original)).toBe(0);
			const det = detector!.data;
			const detTail = det.subarray(det.length - (end - start));
			expect(Buffer.compare(Buffer.from(detTail), detectorData.subarray(start, end))).toBe(0);
			const before = readModelFields(new Uint8Array(original)).vectorTables(6).length;
			const names = readMetadata(landmarks!.data).names;
			expect(names).toHaveLength(before + 1);
			expect(names.at(-1)).toBe('TFLITE_METADATA');
		}
	});

	it('keeps the original subgraphs and buffers reachable from the new root', () => {
		const [, landmarks] = unzip(bundles.lite);
		const original = new Uint8Array(readFileSync(join(poseDir, VARIANTS.lite)));
		const built = readModelFields(landmarks!.data);
		const source = readModelFields(original);
		const prefix = landmarks!.data.length - original.length;
		expect(built.target(2)).toBe(prefix + source.target(2));
		expect(built.vectorTables(4).slice(0, -1)).toEqual(
			source.vectorTables(4).map((t: number) => t + prefix)
		);
	});

	it('is byte-identical on every build', () => {
		expect(Buffer.compare(Buffer.from(buildBundle('lite')), Buffer.from(bundles.lite))).toBe(0);
	});

	const served = join(import.meta.dirname, '../static/models/pose_landmarker_lite.task');
	it.skipIf(!existsSync(served))('the bundle in static/models is the current build', () => {
		expect(Buffer.compare(readFileSync(served), Buffer.from(bundles.lite))).toBe(0);
	});

	it('writes both bundles and the module wasm into the served folder', () => {
		const out = mkdtempSync(join(tmpdir(), 'brace-models-'));
		try {
			main(out);
			const lite = readFileSync(join(out, 'models/pose_landmarker_lite.task'));
			expect(Buffer.compare(lite, Buffer.from(bundles.lite))).toBe(0);
			expect(existsSync(join(out, 'models/pose_landmarker_full.task'))).toBe(true);
			expect(existsSync(join(out, 'mediapipe/wasm/vision_wasm_module_internal.wasm'))).toBe(true);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	it('pads entries to 64 bytes even when the name leaves only a few bytes over', () => {
		for (const name of ['a', 'ab', 'abcdefghijklmnopqrstuvwxyz0123']) {
			const [entry] = unzip(zipStored([{ name, data: new Uint8Array([1, 2, 3]) }]));
			expect(entry!.dataOffset % 64).toBe(0);
			expect([...entry!.data]).toEqual([1, 2, 3]);
		}
	});
});
