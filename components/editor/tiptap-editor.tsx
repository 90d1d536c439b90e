"use client";

// The editing part of a rich-text field (Tiptap): paragraphs, bullets and numbered lists (nested
// with Tab / Shift+Tab), bold and italic, undo. Produces the restricted document format of
// lib/domain/rich-text/schema.ts; pasted HTML is reduced to it by the editor's schema. Loaded
// only when a field is used (rich-text-editor.tsx), so that the editor page starts light.
import { useEditor, EditorContent, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useRef, useState } from "react";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { ListItemMove } from "./list-item-move";
import { WooGroundMark } from "./woo-ground-mark";
import { groundText, WOO_GROUNDS, type WooGroundCode } from "@/lib/domain/woo/grounds";
import { areaClass, fieldClass, KEYBOARD_HINT, TOOL_BUTTON_CLASS, TOOLBAR_CLASS } from "./rich-text-look";

/** A key pressed while the field was still starting: replayed into the editor once it is there. */
export interface BufferedKey {
  key: string;
  shift: boolean;
  mod: boolean;
}

/** How the field was started: by the person (focus, a click at a point, keys already typed) or because it came into view. */
export interface Activation {
  focus: boolean;
  at?: { x: number; y: number };
  keys: BufferedKey[];
  /** Pasted into the field before the editor was there. */
  paste?: { html: string; text: string };
}

export interface Props {
  /** Id of the element that labels this field (a visible heading or label). */
  labelledBy: string;
  value: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  /** DOM id of the editable area, for links from the completeness list. */
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  minHeight?: "small" | "large";
}

interface TiptapProps extends Props {
  activation: Activation;
  /** Called once the editor has taken over (focused and caught up with the keys typed before). */
  onReady: () => void;
}

const EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    strike: false,
    horizontalRule: false,
    link: false,
    underline: false,
    // No forced empty paragraph after a list: Enter twice leaves a list, as in Word.
    trailingNode: false,
  }),
  ListItemMove,
  WooGroundMark,
];

const LIST_STYLES = [
  ["1", "1, 2, 3"],
  ["a", "a, b, c"],
  ["i", "i, ii, iii"],
] as const;

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Moves focus to the first focusable element after `container` in document order. */
function focusAfter(container: HTMLElement | null): void {
  if (!container) return;
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (element) => !container.contains(element) && container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && element.offsetParent !== null,
  );
  next?.focus();
}

/**
 * A stored empty text has no blocks, which ProseMirror's schema does not allow (it would put
 * the cursor nowhere and replace everything on the first keystroke): give it one paragraph.
 */
function editable(doc: RichTextDoc): RichTextDoc {
  return doc.content.length > 0 ? doc : { type: "doc", content: [{ type: "paragraph" }] };
}

/** Tiptap writes attributes we do not keep (null list types); store only the format's fields. */
function storedDoc(json: ReturnType<Editor["getJSON"]>): RichTextDoc {
  return JSON.parse(JSON.stringify(json, (key, value) => (key === "attrs" && value && value.type === null ? { start: value.start } : value)));
}

/** Catches the editor up with what the person did before it was there. */
function takeOver(editor: Editor, activation: Activation): void {
  if (!activation.focus) return;
  const position = activation.at ? editor.view.posAtCoords({ left: activation.at.x, top: activation.at.y })?.pos : undefined;
  // ProseMirror's own focus is immediate; Tiptap's focus command waits a frame, in which keys
  // typed would go nowhere (the preview's key catcher is gone by then).
  editor.view.focus();
  editor.commands.focus(position ?? "end");
  if (activation.paste) {
    const data = new DataTransfer();
    data.setData("text/html", activation.paste.html);
    data.setData("text/plain", activation.paste.text);
    editor.view.dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }
  for (const { key, shift, mod } of activation.keys) {
    if (mod) editor.commands.keyboardShortcut(`Mod-${key.toLowerCase()}`);
    else if (key.length === 1) editor.commands.insertContent(key);
    else if (key === "Home" || key === "End") {
      const { $from } = editor.state.selection;
      editor.commands.setTextSelection(key === "Home" ? $from.start() : $from.end());
    } else editor.commands.keyboardShortcut(shift ? `Shift-${key}` : key);
  }
}

export default function TiptapEditor({ labelledBy, value, onChange, id, describedBy, invalid, minHeight = "small", activation, onReady }: TiptapProps) {
  const hintId = useId();
  const lastEmitted = useRef(canonicalJson(value));
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: editable(value),
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "aria-describedby": [hintId, describedBy].filter(Boolean).join(" "),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(id ? { id } : {}),
        class: areaClass(minHeight),
      },
      handleKeyDown: (view, event) => {
        // Escape leaves the text field for the next control: Tab itself indents list items.
        if (event.key === "Escape") {
          focusAfter(view.dom.closest("[data-rich-text]") as HTMLElement | null);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: current }) => {
      const doc = storedDoc(current.getJSON());
      lastEmitted.current = canonicalJson(doc);
      onChange(doc);
    },
  });

  // Once the editor is on the page (its view attached by EditorContent, a child whose effects
  // run first), it takes over from the preview: focus, the click's position, the keys so far.
  // The field is busy (aria-busy) until then: for assistive technology, and for tests that wait
  // until every key typed has become a change.
  const wrapper = useRef<HTMLDivElement>(null);
  const tookOver = useRef(false);
  useEffect(() => {
    if (!editor || tookOver.current) return;
    tookOver.current = true;
    takeOver(editor, activation);
    onReady();
    wrapper.current?.removeAttribute("aria-busy");
  }, [editor, activation, onReady]);

  // A value from outside (a merge, another version taken over) replaces the text. Only a value
  // that changed since the last render counts: at the start the props still hold the text from
  // before the keys and pastes replayed above, which must not undo them.
  const previousValue = useRef(value);
  useEffect(() => {
    if (!editor || previousValue.current === value) return;
    previousValue.current = value;
    if (canonicalJson(value) === lastEmitted.current) return;
    lastEmitted.current = canonicalJson(value);
    editor.commands.setContent(editable(value), { emitUpdate: false });
  }, [editor, value]);

  return (
    <div ref={wrapper} data-rich-text tabIndex={-1} aria-busy="true" className={fieldClass(invalid)}>
      {editor && <Toolbar editor={editor} labelledBy={labelledBy} />}
      <EditorContent editor={editor} />
      <p id={hintId} className="sr-only">
        {KEYBOARD_HINT}
      </p>
    </div>
  );
}

function Toolbar({ editor, labelledBy }: { editor: Editor; labelledBy: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      listType: (e.getAttributes("orderedList").type as string | null) ?? "1",
      inList: e.isActive("listItem"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      ground: (e.getAttributes("wooGround").ground as WooGroundCode | undefined) ?? null,
      selection: !e.state.selection.empty,
    }),
  });
  const chain = () => editor.chain().focus();
  const [wooOpen, setWooOpen] = useState(false);
  const [ground, setGround] = useState<WooGroundCode>("5.1.2e");
  const wooPanelId = useId();
  return (
    <div role="toolbar" aria-labelledby={labelledBy} aria-controls={editor.view.dom.id || undefined} className={TOOLBAR_CLASS}>
      <ToolButton label="Vet (Ctrl+B)" pressed={state.bold} onClick={() => chain().toggleBold().run()}>
        <strong>V</strong>
      </ToolButton>
      <ToolButton label="Cursief (Ctrl+I)" pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
        <em>C</em>
      </ToolButton>
      <ToolButton label="Opsomming" pressed={state.bullet} onClick={() => chain().toggleBulletList().run()}>
        • Lijst
      </ToolButton>
      <ToolButton label="Genummerde lijst" pressed={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
        1. Lijst
      </ToolButton>
      {state.ordered && (
        <label className="flex items-center gap-1 px-1">
          <span className="sr-only">Nummering</span>
          <select
            value={state.listType}
            onChange={(event) =>
              chain()
                .updateAttributes("orderedList", { type: event.target.value === "1" ? null : event.target.value })
                .run()
            }
            className="border border-grijs-5 bg-white px-1 py-0.5"
          >
            {LIST_STYLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      <ToolButton label="Inspringen (Tab)" disabled={!state.inList} onClick={() => chain().sinkListItem("listItem").run()}>
        →
      </ToolButton>
      <ToolButton label="Uitspringen (Shift+Tab)" disabled={!state.inList} onClick={() => chain().liftListItem("listItem").run()}>
        ←
      </ToolButton>
      <ToolButton label="Lijstpunt omhoog (Alt+Shift+↑)" disabled={!state.inList} onClick={() => chain().moveListItem("up").run()}>
        ↑
      </ToolButton>
      <ToolButton label="Lijstpunt omlaag (Alt+Shift+↓)" disabled={!state.inList} onClick={() => chain().moveListItem("down").run()}>
        ↓
      </ToolButton>
      <ToolButton label="Ongedaan maken (Ctrl+Z)" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label="Opnieuw (Ctrl+Y)" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
      <ToolButton label="Woo-grond (passage markeren)" pressed={wooOpen} controls={wooPanelId} onClick={() => setWooOpen((open) => !open)}>
        Woo
      </ToolButton>
      {wooOpen && (
        <div id={wooPanelId} role="group" aria-label="Woo-grond" className="flex w-full flex-wrap items-center gap-2 border-t border-grijs-2 px-1 pt-1">
          <label className="flex items-center gap-1">
            <span>Grond</span>
            <select
              value={ground}
              onChange={(event) => setGround(event.target.value as WooGroundCode)}
              className="max-w-72 border border-grijs-5 bg-white px-1 py-0.5"
            >
              {WOO_GROUNDS.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.code} {g.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!state.selection}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => chain().setMark("wooGround", { ground }).run()}
            className="border border-rijks bg-white px-2 py-0.5 font-bold text-rijks disabled:opacity-40"
          >
            Selectie markeren
          </button>
          <button
            type="button"
            disabled={state.ground === null}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => chain().extendMarkRange("wooGround").unsetMark("wooGround").run()}
            className="border border-grijs-5 bg-white px-2 py-0.5 disabled:opacity-40"
          >
            Markering opheffen
          </button>
          <span aria-live="polite" className="text-grijs-5">
            {state.ground ? `Hier gemarkeerd: ${groundText(state.ground)}` : state.selection ? "" : "Selecteer eerst de passage."}
          </span>
        </div>
      )}
    </div>
  );
}

function ToolButton({
  label,
  pressed,
  controls,
  disabled,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  controls?: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={controls ? undefined : pressed}
      aria-expanded={controls ? pressed : undefined}
      aria-controls={controls && pressed ? controls : undefined}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={TOOL_BUTTON_CLASS}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
