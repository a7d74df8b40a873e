import type { CaseRef } from '../shared/index.js';
import type { WorkBook, WorkBookMovement } from './work-book.entity.js';

/** The holder as the views show them; `personalId` is hidden from those who may not read it. */
export const holderOf = (book: WorkBook) => ({
  name: book.holderName,
  parentName: book.holderParentName,
  personalId: book.holderPersonalId,
  dateOfBirth: book.holderDateOfBirth,
  placeOfBirth: book.holderPlaceOfBirth,
});

/** The entry as its history keeps it: what the book says and where it stands. */
export function workBookSnapshot(book: WorkBook) {
  return {
    id: book.id,
    version: book.version,
    series: book.series,
    number: book.number,
    issuedOn: book.issuedOn,
    holder: holderOf(book),
    status: book.status,
    replacesId: book.replacesId,
    duplicateReason: book.duplicateReason,
    replacedById: book.replacedById,
    returnedOn: book.returnedOn,
    cancelledOn: book.cancelledOn,
    cancellationReason: book.cancellationReason,
  };
}

/** A hand-over or return as the entry shows it, with the case it was decided in. */
export function movementView(movement: WorkBookMovement, caseNumber: string | undefined) {
  return {
    kind: movement.kind,
    on: movement.movedOn,
    to: movement.recipientKind,
    recipientName: movement.recipientName,
    note: movement.note,
    caseId: movement.caseId,
    caseNumber: caseNumber ?? null,
    recordedAt: movement.recordedAt,
  };
}

/** Another book named by this one (the one it replaces or is replaced by). */
export const bookRef = (book: WorkBook | undefined) => (book ? { id: book.id, series: book.series, number: book.number, issuedOn: book.issuedOn } : null);

/** A row of the list: the entry as its history keeps it, with its cases. */
export function workBookSummary(book: WorkBook, cases: CaseRef[]) {
  return { ...workBookSnapshot(book), caseIds: cases.map((ref) => ref.id), cases };
}
