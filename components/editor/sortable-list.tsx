"use client";

// An ordered list of editable items that can be reordered by dragging (mouse, touch, or the
// keyboard: Space to lift, arrows to move, Space to drop) and by "omhoog"/"omlaag" buttons,
// with every move announced to screen readers in Dutch.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId, useState } from "react";
import { Button } from "@/components/ui/form";
import { focusSoon } from "./focus-soon";

export interface ItemControls {
  /** Buttons to move and remove the item, to place in its header. */
  controls: React.ReactNode;
  index: number;
}

interface Props<T extends { id: string }> {
  items: T[];
  onChange: (items: T[]) => void;
  /** "Besluitpunt 2": how one item is called, for buttons and announcements. */
  itemName: (item: T, index: number) => string;
  renderItem: (item: T, controls: ItemControls) => React.ReactNode;
  /** Asked before removing an item with content; return false to keep it. */
  confirmRemove?: (item: T, index: number) => boolean;
  className?: string;
}

export function SortableList<T extends { id: string }>({ items, onChange, itemName, renderItem, confirmRemove, className = "space-y-3" }: Props<T>) {
  const [announcement, setAnnouncement] = useState("");
  // A stable id keeps dnd-kit's generated aria ids the same on server and client (hydration).
  const dndId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const positionOf = (id: string | number) => items.findIndex((item) => item.id === id) + 1;
  const nameOf = (id: string | number) => {
    const index = items.findIndex((item) => item.id === id);
    return index >= 0 ? itemName(items[index], index) : "";
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `${nameOf(active.id)} opgepakt, positie ${positionOf(active.id)} van ${items.length}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} boven positie ${positionOf(over.id)} van ${items.length}.` : undefined),
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} neergezet op positie ${positionOf(over.id)} van ${items.length}.` : `${nameOf(active.id)} neergezet.`,
    onDragCancel: ({ active }) => `Verplaatsen geannuleerd; ${nameOf(active.id)} staat weer op positie ${positionOf(active.id)}.`,
  };

  function move(from: number, to: number) {
    if (to < 0 || to >= items.length) return;
    onChange(arrayMove(items, from, to));
    setAnnouncement(`${itemName(items[from], from)} staat nu op positie ${to + 1} van ${items.length}.`);
    // Focus follows the moved item, so that pressing again moves it further.
    focusSoon(`${dndId}-${to}-${to < from ? "omhoog" : "omlaag"}`);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onChange(arrayMove(items, positionOf(active.id) - 1, positionOf(over.id) - 1));
  }

  function remove(index: number) {
    if (confirmRemove && !confirmRemove(items[index], index)) return;
    const name = itemName(items[index], index);
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(`${name} verwijderd.`);
  }

  return (
    <>
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable: "Druk op spatie om op te pakken, verplaats met de pijltjestoetsen, druk op spatie om neer te zetten of op Escape om te annuleren.",
          },
        }}
      >
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className={className}>
            {items.map((item, index) => (
              <SortableItem
                key={item.id}
                id={item.id}
                buttonId={`${dndId}-${index}`}
                name={itemName(item, index)}
                canMoveUp={index > 0}
                canMoveDown={index < items.length - 1}
                onMoveUp={() => move(index, index - 1)}
                onMoveDown={() => move(index, index + 1)}
                onRemove={() => remove(index)}
                render={(controls) => renderItem(item, { controls, index })}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

function SortableItem(props: {
  id: string;
  /** Prefix of the move buttons' ids, by position. */
  buttonId: string;
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
  render: (controls: React.ReactNode) => React.ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.id });
  const controls = (
    <span className="flex flex-wrap items-center gap-1">
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`${props.name} verslepen`}
        className="cursor-grab border border-grijs-5 bg-white px-1.5 py-0.5 text-grijs-5 active:cursor-grabbing"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      {/* aria-disabled rather than disabled: a button that becomes unavailable keeps focus. */}
      <Button
        id={`${props.buttonId}-omhoog`}
        variant="secondary"
        className="px-1.5! py-0.5! text-sm aria-disabled:opacity-40"
        aria-label={`${props.name} omhoog`}
        aria-disabled={!props.canMoveUp}
        onClick={() => props.canMoveUp && props.onMoveUp()}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        id={`${props.buttonId}-omlaag`}
        variant="secondary"
        className="px-1.5! py-0.5! text-sm aria-disabled:opacity-40"
        aria-label={`${props.name} omlaag`}
        aria-disabled={!props.canMoveDown}
        onClick={() => props.canMoveDown && props.onMoveDown()}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button variant="danger" className="px-1.5! py-0.5! text-sm" aria-label={`${props.name} verwijderen`} onClick={props.onRemove}>
        Verwijderen
      </Button>
    </span>
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`list-none ${isDragging ? "relative z-10 opacity-80 shadow-lg" : ""}`}
    >
      {props.render(controls)}
    </li>
  );
}
