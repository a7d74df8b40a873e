import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ClassificationModule } from '../classification/classification.module.js';
import { NumberingModule } from '../numbering/numbering.module.js';
import { CaseAct } from './case-act.entity.js';
import { CaseDelivery } from './case-delivery.entity.js';
import { CaseFile } from './case-file.entity.js';
import { CaseHold } from './case-hold.entity.js';
import { OutgoingMail } from './outgoing-mail.entity.js';
import { CaseDetailParts } from './case-detail-parts.js';
import { CaseDocumentsService } from './case-documents.service.js';
import { CaseProcess } from './case-process.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CaseRegistrationService } from './case-registration.service.js';
import { CaseTransitions } from './case-transitions.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';
import { CaseRepository } from './case.repository.js';
import { CaseDeliveryRepository } from './case-delivery.repository.js';
import { CaseSearchRepository } from './case-search.repository.js';
import { OutgoingMailRepository } from './outgoing-mail.repository.js';
import { CasesController } from './cases.controller.js';
import { DeliveryBookController } from './delivery-book.controller.js';
import { DeliveryBookService } from './delivery-book.service.js';
import { OutgoingMailController } from './outgoing-mail.controller.js';
import { OutgoingMailService } from './outgoing-mail.service.js';

/** The life of a case: registration, assignment, processing, deadlines, closing a/a. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseFile, CaseAct, CaseHold, CaseDelivery, OutgoingMail]), AuditModule, ClassificationModule, NumberingModule],
  controllers: [CasesController, DeliveryBookController, OutgoingMailController],
  providers: [
    CaseRegistrationService,
    CaseQueriesService,
    CaseWorkflowService,
    CaseDocumentsService,
    DeliveryBookService,
    OutgoingMailService,
    CaseProcess,
    CaseTransitions,
    CaseDetailParts,
    CaseRepository,
    CaseSearchRepository,
    CaseDeliveryRepository,
    OutgoingMailRepository,
  ],
  // CaseProcess and CaseDetailParts: where other modules attach their side effects and case-page parts.
  exports: [CaseQueriesService, CaseTransitions, CaseProcess, CaseDetailParts, CaseRepository],
})
export class CasesModule {}
