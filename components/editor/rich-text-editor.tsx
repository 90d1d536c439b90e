"use client";

// A text field for the nota's structured text: paragraphs, bullets and numbered lists (nested
// with Tab / Shift+Tab), bold and italic, undo. Produces the restricted document format of
// lib/rich-text/schema.ts; pasted HTML is reduced to it by the editor's schema.
import { useEditor, EditorContent, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useRef } from "react";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { ListItemMove } from "./list-item-move";

interface Props {
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
];

const LIST_STYLES = [
  ["1", "1, 2, 3"],
  ["a", "a, b, c"],
  ["i", "i, ii, iii"],
] as const;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

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

export function RichTextEditor({ labelledBy, value, onChange, id, describedBy, invalid, minHeight = "small" }: Props) {
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
        class: `prose-nota px-3 py-2 outline-none ${minHeight === "large" ? "min-h-32" : "min-h-12"}`,
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

  // A value from outside (a merge, another version taken over) replaces the text.
  useEffect(() => {
    if (!editor || canonicalJson(value) === lastEmitted.current) return;
    lastEmitted.current = canonicalJson(value);
    editor.commands.setContent(editable(value), { emitUpdate: false });
  }, [editor, value]);

  return (
    <div
      data-rich-text
      tabIndex={-1}
      className={`border bg-white outline-offset-2 focus-within:outline focus-within:outline-2 focus-within:outline-link ${invalid ? "border-2 border-rood" : "border-grijs-5"}`}
    >
      {editor && <Toolbar editor={editor} labelledBy={labelledBy} />}
      <EditorContent editor={editor} />
      <p id={hintId} className="sr-only">
        Tab en Shift+Tab springen in en uit in een lijst; Alt+Shift+pijl omhoog of omlaag verplaatst een lijstpunt; Escape gaat naar het
        volgende veld.
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
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-labelledby={labelledBy} aria-controls={editor.view.dom.id || undefined} className="flex flex-wrap gap-1 border-b border-grijs-2 bg-grijs-1 px-1.5 py-1 text-sm">
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
            onChange={(event) => chain().updateAttributes("orderedList", { type: event.target.value === "1" ? null : event.target.value }).run()}
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
    </div>
  );
}

function ToolButton({
  label,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="min-w-8 border border-transparent px-1.5 py-0.5 hover:border-grijs-5 aria-pressed:border-rijks aria-pressed:bg-lint disabled:opacity-40"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
