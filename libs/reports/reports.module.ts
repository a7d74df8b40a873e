import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module.js';
import { InspectionReportService } from './inspection-report.service.js';
import { MonthlyReportService } from './monthly-report.service.js';
import { OpenCasesReportService } from './open-cases-report.service.js';
import { ReportFiles } from './report-files.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * Reports for management and the administrative inspection, computed in SQL over the cases, their
 * timeline, holds and hand-overs; printed through DocumentsModule's fonts and print contexts.
 * Reads only.
 */
@Module({
  imports: [DocumentsModule],
  controllers: [ReportsController],
  providers: [MonthlyReportService, InspectionReportService, OpenCasesReportService, ReportFiles, ReportsRepository],
})
export class ReportsModule {}
